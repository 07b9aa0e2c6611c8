"""Shared by the checks (shown to learners): problem documents, users, tokens, Redis."""

import json
import time

import jwt
import pytest

PROBLEMS = "https://notes.example/problems/"
SECRET_KEY = "notes-api-stage-3-signing-key-6c1f0e2d9b8a7f65"  # the same as in app.py
AUDIENCE = "notes-api"


def assert_problem(response, status, type_):
    """An RFC 9457 problem document: the media type, and type/title/status/detail."""
    assert response.status_code == status, (
        f"expected status {status}, got {response.status_code}: {response.text[:300]}"
    )
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    assert media_type == "application/problem+json", (
        f"an error is sent as application/problem+json, not {media_type or 'no Content-Type'}"
    )
    body = response.json()
    for member in ("type", "title", "status", "detail"):
        assert member in body, f"the problem document lacks {member!r}: {body}"
    assert body["type"] == type_, f"expected type {type_!r}, got {body['type']!r}"
    assert body["status"] == status, f"the status member repeats the HTTP status ({status})"
    return body


def assert_unauthenticated(response):
    """401, a Bearer challenge, and a problem document."""
    assert response.status_code == 401, (
        f"a request without a valid token is 401 (not authenticated), got {response.status_code}"
    )
    challenge = response.headers.get("www-authenticate", "")
    assert challenge.lower().startswith("bearer"), (
        "a 401 tells the client how to authenticate: WWW-Authenticate: Bearer"
    )
    assert_problem(response, 401, "about:blank")


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def sign_up(http):
    """sign_up("alice") registers alice (password "<name>-password") and returns the
    Authorization header of a fresh access token."""

    def sign_up(username, password=None):
        password = password or f"{username}-password"
        response = http.post("/users", json={"username": username, "password": password})
        assert response.status_code == 201, (
            f"POST /users: expected 201, got {response.status_code}: {response.text[:300]}"
        )
        response = http.post("/token", data={"username": username, "password": password})
        assert response.status_code == 200, (
            f"POST /token: expected 200, got {response.status_code}: {response.text[:300]}"
        )
        return bearer(response.json()["access_token"])

    return sign_up


def forge(key=SECRET_KEY, algorithm="HS256", expires_in=600, **changes):
    """A token for alice made outside the app, signed with `key` (a claim set to None is left
    out; algorithm="none" makes an unsigned token)."""
    now = int(time.time())
    claims = {"sub": "alice", "aud": AUDIENCE, "iat": now, "exp": now + expires_in}
    claims.update(changes)
    claims = {name: value for name, value in claims.items() if value is not None}
    return jwt.encode(claims, None if algorithm == "none" else key, algorithm=algorithm)


def create(http, headers, **fields):
    response = http.post("/notes", json=fields, headers=headers)
    assert response.status_code == 201, (
        f"POST /notes: expected 201, got {response.status_code}: {response.text[:300]}"
    )
    return response.json()


def cached(redis, note_id):
    """The note cached under note:{id}, parsed, or None."""
    text = redis.get(f"note:{note_id}")
    return None if text is None else json.loads(text)


def assert_every_key_expires(redis):
    keys = list(redis.scan_iter())
    for key in keys:
        ttl = redis.ttl(key)
        assert 0 < ttl <= 60, (
            f"every key the app writes must expire within 60 s; {key} has TTL {ttl} "
            "(-1 means it never expires)"
        )
    return keys
