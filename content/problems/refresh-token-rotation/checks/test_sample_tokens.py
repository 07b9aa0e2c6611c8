import time

import jwt
from conftest import AUDIENCE, SECRET_KEY


def test_sample_password_grant(client):
    response = client.http.post(
        "/token", data={"grant_type": "password", "username": "alice", "password": "wonderland"}
    )
    assert response.status_code == 200, f"expected 200, got {response.status_code}"
    assert "no-store" in response.headers.get("cache-control", ""), (
        "a token response carries Cache-Control: no-store (RFC 6749 section 5.1)"
    )
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 300
    claims = jwt.decode(body["access_token"], SECRET_KEY, algorithms=["HS256"], audience=AUDIENCE)
    assert claims["sub"] == "alice" and claims.get("sid"), "the access token names its session"
    assert time.time() + 250 < claims["exp"] <= time.time() + 305, "access tokens last 5 minutes"
    assert isinstance(body.get("refresh_token"), str) and len(body["refresh_token"]) >= 32
    assert client.me(body["access_token"]).json() == {"username": "alice"}


def test_sample_refresh_rotates(client):
    first = client.login("alice")
    second = client.rotate(first["refresh_token"])
    assert second["refresh_token"] != first["refresh_token"], (
        "every refresh returns a new refresh token (rotation)"
    )
    assert client.me(second["access_token"]).json() == {"username": "alice"}
    claims = jwt.decode(second["access_token"], SECRET_KEY, algorithms=["HS256"], audience=AUDIENCE)
    first_claims = jwt.decode(first["access_token"], SECRET_KEY, algorithms=["HS256"], audience=AUDIENCE)
    assert claims["sid"] == first_claims["sid"], "a refresh continues the same session"
