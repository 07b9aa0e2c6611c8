# Complexity: O(len(token) + len(secret)) time and memory: split, base64-decode and parse the
# segments once, and one HMAC-SHA256 over header and payload.
import base64
import hashlib
import hmac
import json
import re

SEGMENT = re.compile(r"[A-Za-z0-9_-]*")


def b64url_decode(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def b64url_encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def json_object(segment: str):
    if not segment or len(segment) % 4 == 1:
        return None
    try:
        value = json.loads(b64url_decode(segment).decode("utf-8"))
    except ValueError:  # bad base64, bad UTF-8 and bad JSON are all ValueErrors
        return None
    return value if isinstance(value, dict) else None


def is_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class Solution:
    def verify(self, token: str, secret: str, now: int, audience: str) -> str:
        # 1. structure: three base64url segments, header and payload are JSON objects
        parts = token.split(".")
        if len(parts) != 3 or not all(SEGMENT.fullmatch(p) for p in parts):
            return "malformed"
        head_seg, body_seg, sig_seg = parts
        header, claims = json_object(head_seg), json_object(body_seg)
        if header is None or claims is None or not isinstance(header.get("alg"), str):
            return "malformed"
        # 2. the algorithm is OUR decision; the header may only confirm it
        if header["alg"] != "HS256":
            return "alg-not-allowed"
        # 3. signature, compared in constant time
        mac = hmac.new(secret.encode("utf-8"), f"{head_seg}.{body_seg}".encode("ascii"), hashlib.sha256)
        if not hmac.compare_digest(sig_seg, b64url_encode(mac.digest())):
            return "bad-signature"
        # 4. only now are the claims trusted enough to interpret
        exp, nbf, aud = claims.get("exp"), claims.get("nbf"), claims.get("aud")
        if (exp is not None and not is_int(exp)) or (nbf is not None and not is_int(nbf)):
            return "malformed"
        if aud is not None and not (
            isinstance(aud, str) or (isinstance(aud, list) and all(isinstance(a, str) for a in aud))
        ):
            return "malformed"
        if exp is not None and now >= exp:
            return "expired"
        if nbf is not None and now < nbf:
            return "not-yet-valid"
        if aud is None or (aud != audience if isinstance(aud, str) else audience not in aud):
            return "wrong-audience"
        return "valid"
