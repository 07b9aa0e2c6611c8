# Caught by test_expired_token_is_rejected: verify_exp is off ("tokens kept expiring while we
# tested"), so a stolen token works forever.
"""Orders API. Tokens come from the company's auth server, signed with its RSA key (RS256)."""

from typing import Annotated, Any

import jwt
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


def verify(token: str) -> dict[str, Any]:
    """The token's claims, if it is an RS256 token from our auth server, for us, still valid.

    The algorithm is ours to choose, never the token's: its header is written by whoever
    made the token. PyJWT checks the signature, then exp, aud and iss.
    """
    try:
        return jwt.decode(
            token,
            AUTH_PUBLIC_KEY_PEM,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"], "verify_exp": False},
        )
    except jwt.InvalidTokenError as error:
        raise InvalidToken(str(error)) from None


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
