"""The checks play the auth server (they hold its private key: a test key made for this lab)
and the attacker (who has the public key, like everyone, and a key pair of their own)."""

import base64
import hashlib
import hmac
import json
import time

import jwt

AUTH_PRIVATE_KEY = """-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC6eVOVWg3TN496
xU4JjtAJ2gpDzkTtP4D3smneX+e49aAMYH2nYvxSJlohG/aKMZZ9PlGOyWwKiVg/
o/qJe2qAJW61gjdSDcvqybPjPFLba2PNrelwS2YuehoMYCcJHrwUpANYpX3l5ozm
0GoCzB4EvxqVJA0AsWKzgLBi9pQHddNtQRNl5OAwrP1SJ1nHpFeOQC+CyLh5H5e0
VHRUGT3G63paz8rFRsGRXhr93Yf8cDHj0nwsCVBQJLS2PxMmx9Cay0JJikFcLkWC
gdg4YQVS+Rw+8zks3pqD0u2zusUAljps7IeJXZYhvwbNzspC3Ifp/Z0wGlWAxinV
E3PSuMbHAgMBAAECggEASDbcK6aoW/fUVNM8GW95GZebCg9Dmi1RoJszbK7vai2V
QbXMc5pd5OJ9XP0bSQFTKkWMCCPw91OhHWQ/jiaBZAcbDKfVDK3THqXmSEYAQIEi
MXD8SkSo2a7nj4tdEqcYZ1XtBdNxIitavbhQlay+o0/u13sSngYUFzfrFyguw4Qv
HCZlkaU4PLImd3olNDZz7ajCl+jo2pjJCvyN3Ad/frjyE8Mw/25xRFTOfTtsKXKX
YB+T35kPQCtUMeJHJcaRK35jxHwrJyFxG4RZ5hxUZTNXM1GtrZf8Ar5PR1D8+/dd
O9FDZwUjFQ/1fEImu5TS1V9LxjG0e/S5ErFt/tFPQQKBgQD5VtaXLcnQtxhujFXy
VZifWOlrWkgzibQR8WEwpEdnuBBWY8McHonk/w74Bza3eFDss8V4vZVmY4OosDkz
kJUd55abLqL3DMAIXpdb5lwP4S3b3OQEOMRWtDtrOiLi7hlb0PT0kZ8svX+ZmQwk
RVFLcDw0kBl5erde9oepuQccnwKBgQC/dJHtT4Te9XYGD8RyJ2hlAyQB7BulDmPH
kcBg7qqLEkfyktDCebdoYqODc8mzS9ndlxtgerVyzvK+0/fSg4ph0wsvC2k13I63
LfKUvuSI+iDSp0kYJz7X2xuLS2TCwOc2ISqzhlLdz2DEg6RRXad+s+n8ZmnlNLoN
z3iy0Vv82QKBgQDvfy/kSsD9T8GR/g5YFUviU17yFOghSPXD/lzigglsYOqgcHbq
vZKqeSwBpbwzAsiIdC0Lyt6EWLYQBCUNmKUC8n5BVMyIDKEv6NvuFBj9z8di1ovW
WkiNF9WzK0ZzP0zwWofPm0iPiv3TpaR5+nMZyRarTnaJrwwPlTG+HtHr9QKBgFKx
s/IPfbGbzg2SM+SmltXChIP8CnjBfWGO18xGag1FqSPiPB8z2X9R05SMp5s08PZg
NSf3+HWNY5X/EjSwMk5MjLEWOaxVBqOiSfvrc+SiPRkfvlebY+5yKjSBLRVdosBj
lQETzKkX0JEw1wF59UWpyjAFwEmK+63JZjW+bgAJAoGAKsujKMVVRKxBDYfkuIMY
889jbp2SfpCymcYalkGfNoiycuQDrTUBSGS9s9poCgbVuwFJoEl4QuKfWKIqjBTT
h+1jheevzhePHu2oQ7hejSi7zwOB0aH/Z+LOZzB8Wwx5uWuZdssVlPgKH9M6Si/v
7Tzalzcb45jEdcMT/pEqh50=
-----END PRIVATE KEY-----
"""
ATTACKER_PRIVATE_KEY = """-----BEGIN PRIVATE KEY-----
MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCabdEzpFTqn7J0
2R7LMZNVmLkQK3yZZrdgtk2kWwBelryANGNjpvjKgRK0V/G/auJetlnPMrq9ITnY
s8Gfw2qpyaY4vwPp6H0X2U1cyar52jeJmnVvacUIbFsrgg+2z/8hgPwYwjsrc9xv
WcaVM5eo1Espk970s05Ua6LUC408jV6l/o4s9MDXjtA7DeyjJSdpIcAM5dq4T0JW
fE5fBeJLoAqjbzY5/0KTmVeo8rtbe0qS8jdfdgeiaOExfuh+ExayzLup5zN/BnPY
+NKtr+tZUimka+asVYpkQQMOBsAWan1n7Rdd44/LPM06cOp0p20gIh98UuBL0bXr
C45OwDjhAgMBAAECggEAAqjlC0NnjgHxoCcUK3I/ZCBFAbUKCJdXDbSeGjhSBY8J
kJi2ZIM98jjuYkpIeOBFpVV1Lwcj5bmChku0SETkm6eENCKAFgGB1A0TUseLaRG7
1qQhJSnYcahyGon7LM4gygovbVq9C6bLc2SDsdKpaEg9winQk3zaGsSe0ZGgXVxY
FweLnN5hSpsXEOM0OztkpyH5INZoeiu8MvmkdeG+dbh0X9RYCcYHHvRqujPTdF2R
1H0E2ej5MRR4TzVahYyRXnUZd8ke5i2t12031uK6hDvsCuLFaL6cvkxhBRGAVaMi
vAh7M/e0APWzLyRH02c1nRlweMZ3soVB5N6z1up5xQKBgQDYdxfO+XNaJpbj7HnG
1jrvGW4H3IbyRBt39PeOJvkcGc2n8FOjUsuXNYf6OrwDZKT0Dq0V9V3P/bpoCnA/
Hqi7mOLi6fCZMN66ysZ7Qu6czs8vC0rsHPxX7qnJX8pE7n8vk09pWygr+6XyYmOt
6J0CDkMquPWBfKgt8bVNLQzwJQKBgQC2ojK/yaX+MlPodNi6QVkmq/saJxBOqnj+
cMAET10nYuL6Iydlvk5mJA4mAfYolV1aTWs2aNSNInZAho9C8CZkKt+23o+mipRa
92PHt0jXetHXqGxhIGHC82/NreQqKDWcJsgmrfyocAD2471pEkxMuNcPBfG0FqvK
SLHkAOm7DQKBgGUTpzBkVrK/1jFzmKF6I2bGTxSoqvKxTspCvt3H4QZ4HgnPNJ7M
6Hgg7O+xQV2sP0IfID9ipX2bktFGHoe6vztp9nfSmSBPK5G5YdjothbOkvv6n++E
0WgV734ylnZ9jzId7TTa9fUjuqdlvfnU5ouxMTffyfO+y6E4flodMS9pAoGAFDZN
MYaKlWBSgvZzieFzkWEVMCbEmkApldc6mP+DirlZ7172nD78hDdXTYOID6PAKh9J
T0M4ysnWlnuN3VWgmhNYoO9urHrHwm2AoHi7WgWgtaJRJEqmJyIz7GpjRvseO8Lb
AdTdknKa2LgJnVhGE3OdcW8x+cFMj92NunMTav0CgYB5Ei4wrB6f6KEJAGG45dUo
FDUPkla0FrG1mqpvAOeFcuN6Fo1Eaz2I4PDAJ/UPUzQeOhvEQn5Ch1eYFL73Xv4D
gekM+5OybLBp9PiYe1ehvwkXdXPPOsi47U6P1g/rViwtH+xCnkYa/H5mkjP/C4LS
ROg4Sulk5vAwkV8Fw0TMXA==
-----END PRIVATE KEY-----
"""
ISSUER = "https://auth.winterarc.example"
AUDIENCE = "orders-api"


def claims(sub="alice", expires_in=600, **changes):
    """Valid claims for `sub`, expiring in `expires_in` seconds; a change to None drops a claim."""
    now = int(time.time())
    found = {"sub": sub, "aud": AUDIENCE, "iss": ISSUER, "iat": now, "exp": now + expires_in}
    found.update(changes)
    return {name: value for name, value in found.items() if value is not None}


def issue(sub="alice", expires_in=600, key=AUTH_PRIVATE_KEY, headers=None, **changes):
    """A token as the auth server makes them (RS256), or signed with another RSA `key`."""
    return jwt.encode(claims(sub, expires_in, **changes), key, algorithm="RS256", headers=headers)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hand_made(header, payload, sign=None):
    """header.payload.signature built by hand, as an attacker does (PyJWT refuses to make the
    dangerous ones); `sign(signing_input) -> bytes`, or no signature."""
    signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(payload).encode())}"
    signature = sign(signing_input.encode()) if sign else b""
    return f"{signing_input}.{b64url(signature)}"


def hmac_signer(secret):
    return lambda data: hmac.new(secret, data, hashlib.sha256).digest()


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def assert_refused(response, what):
    assert response.status_code == 401, (
        f"{what}: expected 401, got {response.status_code} ({response.text[:200]})"
    )
