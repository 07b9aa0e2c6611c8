import secrets

import jwt
from conftest import assert_oauth_error, assert_unauthorized, forge


def test_a_used_refresh_token_is_refused(client):
    """A refresh token works once: presenting it again is 400 invalid_grant."""
    first = client.login("alice")
    client.rotate(first["refresh_token"])
    assert_oauth_error(client.refresh(first["refresh_token"]), "invalid_grant")


def test_a_chain_of_rotations(client):
    """Each refresh token of a chain of four rotations works exactly once."""
    tokens = [client.login("bob")]
    for _ in range(4):
        tokens.append(client.rotate(tokens[-1]["refresh_token"]))
    refresh = [token["refresh_token"] for token in tokens]
    assert len(set(refresh)) == 5, "every rotation hands out a new refresh token"
    assert client.me(tokens[-1]["access_token"]).json() == {"username": "bob"}


def test_logout_ends_the_session_at_once(client):
    """POST /logout is 204; the session's refresh and access tokens stop working at once."""
    session = client.login("bob")
    current = client.rotate(session["refresh_token"])
    other = client.login("bob")
    response = client.http.post(
        "/logout", headers={"Authorization": f"Bearer {current['access_token']}"}
    )
    assert response.status_code == 204, f"POST /logout: expected 204, got {response.status_code}"
    assert_unauthorized(client.me(current["access_token"]))
    assert_oauth_error(client.refresh(current["refresh_token"]), "invalid_grant")
    assert client.me(other["access_token"]).status_code == 200, "only that session ends"


def test_reuse_revokes_the_whole_session(client):
    """Reusing a rotated token ends its session: the newest refresh and access tokens die too."""
    first = client.login("alice")
    second = client.rotate(first["refresh_token"])  # the real client rotated...
    assert_oauth_error(client.refresh(first["refresh_token"]), "invalid_grant")  # ...a thief replays
    assert_oauth_error(client.refresh(second["refresh_token"]), "invalid_grant")
    assert_unauthorized(client.me(second["access_token"]))


def test_other_sessions_survive_a_reuse(client):
    """alice's phone and laptop are two sessions: a reuse on one leaves the other alone."""
    phone, laptop = client.login("alice"), client.login("alice")
    client.rotate(phone["refresh_token"])
    assert_oauth_error(client.refresh(phone["refresh_token"]), "invalid_grant")
    assert client.me(laptop["access_token"]).status_code == 200
    assert client.rotate(laptop["refresh_token"])["refresh_token"]


def test_tokens_are_not_interchangeable(client):
    """A refresh token is not an access token, and an access token is not a refresh token."""
    tokens = client.login("alice")
    assert_unauthorized(client.me(tokens["refresh_token"]))
    assert_oauth_error(client.refresh(tokens["access_token"]), "invalid_grant")
    assert client.rotate(tokens["refresh_token"]), "the session is still fine"


def test_bad_grants(client):
    """Wrong password, unknown user, made-up refresh token: invalid_grant; other errors too."""
    http = client.http
    for form in (
        {"grant_type": "password", "username": "alice", "password": "builder"},
        {"grant_type": "password", "username": "mallory", "password": "wonderland"},
        {"grant_type": "refresh_token", "refresh_token": secrets.token_urlsafe(32)},
    ):
        assert_oauth_error(http.post("/token", data=form), "invalid_grant")
    assert_oauth_error(
        http.post("/token", data={"grant_type": "client_credentials"}), "unsupported_grant_type"
    )
    assert_oauth_error(http.post("/token", data={"grant_type": "refresh_token"}), "invalid_request")


def test_forged_access_tokens_are_refused(client):
    """Another key, alg none, an expired token or one without sid: 401 at /me."""
    tokens = client.login("alice")
    sid = jwt.decode(tokens["access_token"], options={"verify_signature": False})["sid"]
    for token in (
        forge(key="an-attackers-guess-at-the-key-0123456789abcdef", sid=sid),
        forge(algorithm="none", sid=sid),
        forge(expires_in=-60, sid=sid),
        forge(),
    ):
        assert_unauthorized(client.me(token))
    assert client.me(forge(sid=sid)).json() == {"username": "alice"}, (
        "a token signed with SECRET_KEY for a live session is valid"
    )
