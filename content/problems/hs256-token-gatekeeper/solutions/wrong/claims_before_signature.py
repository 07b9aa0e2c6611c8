import base64
import hashlib
import hmac
import json
import re

# Checks expiry, not-before and audience BEFORE the signature: a forged token gets told
# which claim to fix, and unauthenticated data drives the decision.


def dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def obj(s):
    if not s or len(s) % 4 == 1:
        return None
    try:
        v = json.loads(dec(s).decode("utf-8"))
    except ValueError:
        return None
    return v if isinstance(v, dict) else None


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


class Solution:
    def verify(self, token: str, secret: str, now: int, audience: str) -> str:
        parts = token.split(".")
        if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]*", p) for p in parts):
            return "malformed"
        header, claims = obj(parts[0]), obj(parts[1])
        if header is None or claims is None or not isinstance(header.get("alg"), str):
            return "malformed"
        if header["alg"] != "HS256":
            return "alg-not-allowed"
        exp, nbf, aud = claims.get("exp"), claims.get("nbf"), claims.get("aud")
        if (exp is not None and not is_int(exp)) or (nbf is not None and not is_int(nbf)):
            return "malformed"
        if aud is not None and not (isinstance(aud, str) or (isinstance(aud, list) and all(isinstance(a, str) for a in aud))):
            return "malformed"
        if exp is not None and now >= exp:
            return "expired"
        if nbf is not None and now < nbf:
            return "not-yet-valid"
        if aud is None or (aud != audience if isinstance(aud, str) else audience not in aud):
            return "wrong-audience"
        mac = hmac.new(secret.encode(), f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256)
        if not hmac.compare_digest(parts[2], base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()):
            return "bad-signature"
        return "valid"
