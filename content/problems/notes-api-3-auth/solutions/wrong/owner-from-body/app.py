# Caught by test_the_server_sets_the_owner: the owner is a field of the input model, so a
# client can create notes in someone else's name (mass assignment).
"""Notes API, stage 3: users, OAuth2 password login, JWT access tokens, notes per owner."""

import hashlib
import json
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Annotated, Any

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from pydantic import BaseModel, Field, StringConstraints
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEMS = "https://notes.example/problems/"

SECRET_KEY = "notes-api-stage-3-signing-key-6c1f0e2d9b8a7f65"  # from the environment in real life
ALGORITHM = "HS256"
AUDIENCE = "notes-api"
ACCESS_TOKEN_SECONDS = 15 * 60
# Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane).
password_hash = PasswordHash((Argon2Hasher(memory_cost=19456, time_cost=2, parallelism=1),))

Title = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Body = Annotated[str, StringConstraints(max_length=2000)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=20)]
Tags = Annotated[list[Tag], Field(max_length=5)]
Username = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{3,30}$")]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]


class NoteIn(BaseModel):
    """What a client may send: no id, no owner (unknown fields are ignored)."""

    title: Title
    body: Body = ""
    tags: Tags = []
    owner: str | None = None


class NotePatch(BaseModel):
    """A partial update. The defaults are not validated, so a field left out stays None and
    is not in model_fields_set; an explicit null is validated, and refused."""

    title: Title = None  # type: ignore[assignment]
    body: Body = None  # type: ignore[assignment]
    tags: Tags = None  # type: ignore[assignment]


class UserIn(BaseModel):
    username: Username
    password: Password


class NoteNotFound(Exception):
    def __init__(self, note_id: int) -> None:
        self.note_id = note_id


class PreconditionFailed(Exception):
    def __init__(self, note_id: int) -> None:
        self.note_id = note_id


app = FastAPI()
notes: dict[int, dict[str, Any]] = {}
last_id = 0
users: dict[str, str] = {}  # username -> Argon2id hash, never the password
# Verified when the username is unknown, so both failures cost the same time.
DUMMY_HASH = (  # password_hash.hash("not-a-real-password"), made once
    "$argon2id$v=19$m=19456,t=2,p=1$Jjx3Jw6QqVII8CqCYfYKSg"
    "$JLZk2ddDUqqx1P0+Jud8RcOv/f6CBe6APWoSzTb4TMM"
)
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


def problem(status: int, title: str, detail: str, type_: str = "about:blank", **extra: Any):
    body = {"type": type_, "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, media_type="application/problem+json")


@app.exception_handler(NoteNotFound)
async def note_not_found(request: Request, exc: NoteNotFound) -> JSONResponse:
    detail = f"note {exc.note_id} does not exist"
    return problem(404, "Note not found", detail, PROBLEMS + "note-not-found")


@app.exception_handler(PreconditionFailed)
async def precondition_failed(request: Request, exc: PreconditionFailed) -> JSONResponse:
    detail = f"note {exc.note_id} has changed since you read it: read it again"
    return problem(412, "Precondition failed", detail, PROBLEMS + "precondition-failed")


@app.exception_handler(RequestValidationError)
async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{"loc": list(error["loc"]), "msg": error["msg"]} for error in exc.errors()]
    detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
    return problem(422, "Invalid request", detail, PROBLEMS + "validation-error", errors=errors)


# Starlette's class, not FastAPI's subclass: the router raises Starlette's own for an unknown
# path (404) or method (405), and a handler for the subclass would never see those.
@app.exception_handler(StarletteHTTPException)
async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    response = problem(exc.status_code, HTTPStatus(exc.status_code).phrase, str(exc.detail))
    response.headers.update(exc.headers or {})
    return response


# -- users and tokens -----------------------------------------------------------------------


@app.post("/users", status_code=201)
def register(user: UserIn) -> Any:
    if user.username in users:
        detail = f"the username {user.username!r} is taken"
        return problem(409, "Username taken", detail, PROBLEMS + "username-taken")
    users[user.username] = password_hash.hash(user.password)
    return {"username": user.username}


@app.post("/token")
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Any:
    stored = users.get(form.username)
    valid = password_hash.verify(form.password, stored or DUMMY_HASH)
    if stored is None or not valid:
        detail = "the username or the password is wrong"
        return problem(
            400, "Invalid grant", detail, PROBLEMS + "invalid-grant", error="invalid_grant"
        )
    now = datetime.now(UTC)
    claims = {
        "sub": form.username,
        "aud": AUDIENCE,
        "iat": now,
        "exp": now + timedelta(seconds=ACCESS_TOKEN_SECONDS),
    }
    token = jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)
    return {"access_token": token, "token_type": "bearer", "expires_in": ACCESS_TOKEN_SECONDS}


def current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> str:
    unauthorized = HTTPException(
        status_code=401, detail="a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
    )
    try:
        claims = jwt.decode(
            token,
            SECRET_KEY,
            algorithms=[ALGORITHM],  # ours, never the token's own "alg"
            audience=AUDIENCE,
            options={"require": ["exp", "sub", "aud"]},
        )
    except jwt.InvalidTokenError:
        raise unauthorized from None
    if claims["sub"] not in users:
        raise unauthorized
    return str(claims["sub"])


User = Annotated[str, Depends(current_user)]

# -- notes ----------------------------------------------------------------------------------


def find(note_id: int, user: str) -> dict[str, Any]:
    """Someone else's note is reported exactly like a missing one: its id tells nothing."""
    note = notes.get(note_id)
    if note is None or note["owner"] != user:
        raise NoteNotFound(note_id)
    return note


def etag_of(note: dict[str, Any]) -> str:
    """A strong validator: a hash of the representation, so equal notes get equal tags."""
    text = json.dumps(note, sort_keys=True, separators=(",", ":"))
    return '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'


def listed(header: str) -> list[str]:
    return [tag.strip() for tag in header.split(",") if tag.strip()]


def none_match(header: str | None, etag: str) -> bool:
    """If-None-Match uses the weak comparison: W/"x" matches "x"."""
    if header is None:
        return True
    tags = listed(header)
    return not ("*" in tags or etag in [tag.removeprefix("W/") for tag in tags])


def check_if_match(note_id: int, header: str | None) -> None:
    """If-Match uses the strong comparison: a weak tag never matches."""
    if header is None:
        return
    tags = listed(header)
    if "*" not in tags and etag_of(notes[note_id]) not in tags:
        raise PreconditionFailed(note_id)


def with_etag(note: dict[str, Any], response: Response) -> dict[str, Any]:
    response.headers["ETag"] = etag_of(note)
    return note


@app.post("/notes", status_code=201)
def create_note(note: NoteIn, response: Response, user: User) -> dict[str, Any]:
    global last_id
    last_id += 1  # never len(notes) + 1: ids of deleted notes are not handed out again
    notes[last_id] = {"id": last_id, **note.model_dump(exclude={"owner"}), "owner": note.owner or user}
    response.headers["Location"] = f"/notes/{last_id}"
    return with_etag(notes[last_id], response)


@app.get("/notes")
def list_notes(user: User) -> list[dict[str, Any]]:
    return [notes[note_id] for note_id in sorted(notes) if notes[note_id]["owner"] == user]


@app.get("/notes/{note_id}", response_model=None)
def read_note(
    note_id: int, response: Response, user: User, if_none_match: str | None = Header(None)
) -> dict[str, Any] | Response:
    note = find(note_id, user)
    etag = etag_of(note)
    if not none_match(if_none_match, etag):
        return Response(status_code=304, headers={"ETag": etag})
    return with_etag(note, response)


@app.put("/notes/{note_id}")
def replace_note(
    note_id: int, note: NoteIn, response: Response, user: User, if_match: str | None = Header(None)
) -> dict[str, Any]:
    find(note_id, user)
    check_if_match(note_id, if_match)
    notes[note_id] = {"id": note_id, **note.model_dump(exclude={"owner"}), "owner": note.owner or user}
    return with_etag(notes[note_id], response)


@app.patch("/notes/{note_id}")
def update_note(
    note_id: int, patch: NotePatch, response: Response, user: User, if_match: str | None = Header(None)
) -> dict[str, Any]:
    note = find(note_id, user)
    check_if_match(note_id, if_match)
    note.update(patch.model_dump(exclude_unset=True))
    return with_etag(note, response)


@app.delete("/notes/{note_id}", status_code=204)
def delete_note(note_id: int, user: User, if_match: str | None = Header(None)) -> Response:
    find(note_id, user)
    check_if_match(note_id, if_match)
    del notes[note_id]
    return Response(status_code=204)
