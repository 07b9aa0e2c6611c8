import time

import jwt
from conftest import AUDIENCE, SECRET_KEY, assert_unauthenticated


def test_sample_register_then_log_in(http):
    response = http.post("/users", json={"username": "alice", "password": "wonderland"})
    assert response.status_code == 201, f"POST /users: expected 201, got {response.status_code}"
    assert response.json() == {"username": "alice"}, "never echo the password (or its hash)"
    response = http.post("/token", data={"username": "alice", "password": "wonderland"})
    assert response.status_code == 200, f"POST /token: expected 200, got {response.status_code}"
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 900
    claims = jwt.decode(body["access_token"], SECRET_KEY, algorithms=["HS256"], audience=AUDIENCE)
    assert claims["sub"] == "alice"
    assert time.time() + 850 < claims["exp"] <= time.time() + 905, "exp is 15 minutes from now"


def test_sample_notes_need_a_token(http):
    assert_unauthenticated(http.get("/notes"))
    assert_unauthenticated(http.post("/notes", json={"title": "anonymous"}))
