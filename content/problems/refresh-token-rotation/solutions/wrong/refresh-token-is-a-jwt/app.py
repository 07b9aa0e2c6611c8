# Caught by test_tokens_are_not_interchangeable: the refresh token is a JWT signed with the
# same key and the same claims, so /me accepts it as a 14-day access token.
"""Sessions API: OAuth2 password and refresh-token grants, refresh rotation with reuse detection."""

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, Form, HTTPException, Response
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

SECRET_KEY = "sessions-api-signing-key-0f3b7d2c9e8a1f6b5d4c"  # from the environment in real life
ALGORITHM = "HS256"
AUDIENCE = "sessions-api"
ACCESS_TOKEN_SECONDS = 5 * 60
REFRESH_TOKEN_SECONDS = 14 * 24 * 3600

password_hash = PasswordHash((Argon2Hasher(memory_cost=19456, time_cost=2, parallelism=1),))
# username -> Argon2id hash (alice: "wonderland", bob: "builder")
USERS = {
    "alice": "$argon2id$v=19$m=19456,t=2,p=1$xQZDUYfbdrFyyQozqwUgnA"
    "$hDqBIDzhSLLU7be6jCB8L4fuTnwxTweypvcuv3kvB2g",
    "bob": "$argon2id$v=19$m=19456,t=2,p=1$+hi23IJN+q2HAm8QPy45zQ"
    "$elkl7VZKbdnylp5qKkqANPx70RbubmzxswmIQH33VEc",
}
DUMMY_HASH = (  # verified for unknown usernames, so they cost as much as a wrong password
    "$argon2id$v=19$m=19456,t=2,p=1$4lQaCBHqR9ZMW3B72xeOsA"
    "$G7AdXLkqzhQUIwC29ziDR2ulUqOofhzODoiCNQflxBM"
)

app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


@dataclass
class Session:
    """One log-in: the family of every refresh token rotated from it."""

    user: str
    revoked: bool = False


@dataclass
class RefreshToken:
    session_id: str
    expires: float
    used: bool = False


sessions: dict[str, Session] = {}
# sha256 of the token -> its record: a leaked table does not hand out live tokens
refresh_tokens: dict[str, RefreshToken] = {}


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def oauth_error(error: str, description: str) -> JSONResponse:
    """RFC 6749 section 5.2."""
    body = {"error": error, "error_description": description}
    return JSONResponse(body, status_code=400, headers=NO_STORE)


def issue(user: str, session_id: str) -> JSONResponse:
    now = int(time.time())
    claims = {
        "sub": user,
        "sid": session_id,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + ACCESS_TOKEN_SECONDS,
    }
    access = jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)
    refresh = jwt.encode(
        {**claims, "exp": now + REFRESH_TOKEN_SECONDS, "jti": secrets.token_urlsafe(8)},
        SECRET_KEY,
        algorithm=ALGORITHM,
    )
    refresh_tokens[digest(refresh)] = RefreshToken(session_id, time.time() + REFRESH_TOKEN_SECONDS)
    body = {
        "access_token": access,
        "token_type": "bearer",
        "expires_in": ACCESS_TOKEN_SECONDS,
        "refresh_token": refresh,
    }
    return JSONResponse(body, headers=NO_STORE)


@app.post("/token")
def token(
    grant_type: Annotated[str | None, Form()] = None,
    username: Annotated[str | None, Form()] = None,
    password: Annotated[str | None, Form()] = None,
    refresh_token: Annotated[str | None, Form()] = None,
) -> JSONResponse:
    if grant_type == "password":
        if not username or password is None:
            return oauth_error("invalid_request", "username and password are required")
        stored = USERS.get(username)
        valid = password_hash.verify(password, stored or DUMMY_HASH)
        if stored is None or not valid:
            return oauth_error("invalid_grant", "the username or the password is wrong")
        session_id = secrets.token_urlsafe(16)
        sessions[session_id] = Session(username)
        return issue(username, session_id)
    if grant_type == "refresh_token":
        if not refresh_token:
            return oauth_error("invalid_request", "refresh_token is required")
        record = refresh_tokens.get(digest(refresh_token))
        if record is None or record.expires < time.time():
            return oauth_error("invalid_grant", "unknown or expired refresh token")
        session = sessions[record.session_id]
        if session.revoked:
            return oauth_error("invalid_grant", "this session has ended")
        if record.used:
            # A rotated token came back: two parties hold this session. End it for both.
            session.revoked = True
            return oauth_error("invalid_grant", "refresh token reused: the session is revoked")
        record.used = True
        return issue(session.user, record.session_id)
    if grant_type is None:
        return oauth_error("invalid_request", "grant_type is required")
    return oauth_error("unsupported_grant_type", f"{grant_type!r} is not supported")


def current_session(token: Annotated[str, Depends(oauth2_scheme)]) -> tuple[str, str]:
    unauthorized = HTTPException(401, "invalid access token", {"WWW-Authenticate": "Bearer"})
    try:
        claims = jwt.decode(
            token,
            SECRET_KEY,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            options={"require": ["exp", "sub", "sid", "aud"]},
        )
    except jwt.InvalidTokenError:
        raise unauthorized from None
    session = sessions.get(claims["sid"])
    if session is None or session.revoked or session.user != claims["sub"]:
        raise unauthorized
    return session.user, claims["sid"]


CurrentSession = Annotated[tuple[str, str], Depends(current_session)]


@app.get("/me")
def me(current: CurrentSession) -> dict[str, str]:
    return {"username": current[0]}


@app.post("/logout", status_code=204)
def logout(current: CurrentSession) -> Response:
    sessions[current[1]].revoked = True
    return Response(status_code=204)
