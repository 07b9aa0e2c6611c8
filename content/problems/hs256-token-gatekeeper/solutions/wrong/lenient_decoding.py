import base64
import binascii
import hashlib
import hmac
import json

# Lets base64 decide what is acceptable: padding and characters outside the base64url
# alphabet slip through, and signatures are compared as decoded bytes.


def dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


class Solution:
    def verify(self, token: str, secret: str, now: int, audience: str) -> str:
        parts = token.split(".")
        if len(parts) != 3:
            return "malformed"
        try:
            header = json.loads(dec(parts[0]))
            claims = json.loads(dec(parts[1]))
            signature = dec(parts[2])
        except (ValueError, binascii.Error):
            return "malformed"
        if not isinstance(header, dict) or not isinstance(claims, dict) or not isinstance(header.get("alg"), str):
            return "malformed"
        if header["alg"] != "HS256":
            return "alg-not-allowed"
        mac = hmac.new(secret.encode(), f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256)
        if not hmac.compare_digest(signature, mac.digest()):
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
