"""Shared by the checks (shown to learners): the two grants, /me, and forged tokens."""

import time

import jwt
import pytest

SECRET_KEY = "sessions-api-signing-key-0f3b7d2c9e8a1f6b5d4c"  # the same as in app.py
AUDIENCE = "sessions-api"
PASSWORDS = {"alice": "wonderland", "bob": "builder"}


class Client:
    def __init__(self, http):
        self.http = http

    def login(self, username):
        """The token response of a password grant (asserting the 200)."""
        response = self.http.post(
            "/token",
            data={"grant_type": "password", "username": username, "password": PASSWORDS[username]},
        )
        assert response.status_code == 200, (
            f"password grant for {username}: expected 200, got {response.status_code}: "
            f"{response.text[:300]}"
        )
        return response.json()

    def refresh(self, refresh_token):
        """The raw response of a refresh_token grant."""
        return self.http.post(
            "/token", data={"grant_type": "refresh_token", "refresh_token": refresh_token}
        )

    def rotate(self, refresh_token):
        """A refresh that must succeed: the new token response."""
        response = self.refresh(refresh_token)
        assert response.status_code == 200, (
            f"refreshing with a current refresh token: expected 200, got "
            f"{response.status_code}: {response.text[:300]}"
        )
        return response.json()

    def me(self, access_token):
        return self.http.get("/me", headers={"Authorization": f"Bearer {access_token}"})


@pytest.fixture
def client(http):
    return Client(http)


def assert_oauth_error(response, error):
    """RFC 6749 section 5.2: 400 and {"error": ...}."""
    assert response.status_code == 400, (
        f"expected 400 with error {error!r}, got {response.status_code}: {response.text[:300]}"
    )
    body = response.json()
    assert body.get("error") == error, f"expected error {error!r}, got {body}"


def assert_unauthorized(response):
    assert response.status_code == 401, (
        f"an access token that is not (or no longer) valid is 401, got {response.status_code}"
    )
    challenge = response.headers.get("www-authenticate", "")
    assert challenge.lower().startswith("bearer"), "a 401 carries WWW-Authenticate: Bearer"


def forge(key=SECRET_KEY, algorithm="HS256", expires_in=300, **changes):
    now = int(time.time())
    claims = {"sub": "alice", "aud": AUDIENCE, "iat": now, "exp": now + expires_in}
    claims.update(changes)
    claims = {name: value for name, value in claims.items() if value is not None}
    return jwt.encode(claims, None if algorithm == "none" else key, algorithm=algorithm)
