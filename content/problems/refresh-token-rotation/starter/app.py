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


@app.post("/token")
def token(
    grant_type: Annotated[str | None, Form()] = None,
    username: Annotated[str | None, Form()] = None,
    password: Annotated[str | None, Form()] = None,
    refresh_token: Annotated[str | None, Form()] = None,
) -> JSONResponse:
    # TODO: the password grant, the refresh_token grant with rotation and reuse detection,
    # and the errors of RFC 6749 section 5.2.
    if grant_type != "password" or username not in USERS:
        return JSONResponse({"error": "invalid_grant"}, status_code=400)
    if not password_hash.verify(password or "", USERS[username]):
        return JSONResponse({"error": "invalid_grant"}, status_code=400)
    claims = {"sub": username, "aud": AUDIENCE, "exp": int(time.time()) + ACCESS_TOKEN_SECONDS}
    access = jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)
    return JSONResponse({"access_token": access, "token_type": "bearer"})


@app.get("/me")
def me(token: Annotated[str, Depends(oauth2_scheme)]) -> dict[str, str]:
    # TODO: verify the access token and its session; POST /logout.
    claims = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM], audience=AUDIENCE)
    return {"username": claims["sub"]}
