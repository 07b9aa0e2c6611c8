import base64
import hashlib
import hmac
import json
import re

# The classic hole: the token chooses its own algorithm, "none" included, and the
# signature is compared with == (a timing side channel on top).


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


class Solution:
    def verify(self, token: str, secret: str, now: int, audience: str) -> str:
        parts = token.split(".")
        if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]*", p) for p in parts):
            return "malformed"
        header, claims = obj(parts[0]), obj(parts[1])
        if header is None or claims is None or not isinstance(header.get("alg"), str):
            return "malformed"
        alg = header["alg"]
        algorithms = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
        if alg.lower() != "none":
            if alg not in algorithms:
                return "alg-not-allowed"
            mac = hmac.new(secret.encode(), f"{parts[0]}.{parts[1]}".encode(), algorithms[alg])
            if base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode() != parts[2]:
                return "bad-signature"
        exp, nbf, aud = claims.get("exp"), claims.get("nbf"), claims.get("aud")
        for v in (exp, nbf):
            if v is not None and (not isinstance(v, int) or isinstance(v, bool)):
                return "malformed"
        if aud is not None and not (isinstance(aud, str) or (isinstance(aud, list) and all(isinstance(a, str) for a in aud))):
            return "malformed"
        if exp is not None and now >= exp:
            return "expired"
        if nbf is not None and now < nbf:
            return "not-yet-valid"
        if aud is None or (aud != audience if isinstance(aud, str) else audience not in aud):
            return "wrong-audience"
        return "valid"
