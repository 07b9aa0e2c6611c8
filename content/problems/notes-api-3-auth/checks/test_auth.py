from conftest import (
    PROBLEMS,
    assert_problem,
    assert_unauthenticated,
    bearer,
    create,
    forge,
)

NOT_FOUND = PROBLEMS + "note-not-found"


def test_a_token_opens_its_owners_notes(http, sign_up):
    """With alice's token, POST /notes creates a note owned by alice and GET reads it back."""
    alice = sign_up("alice")
    note = create(http, alice, title="Groceries")
    assert note == {"id": 1, "title": "Groceries", "body": "", "tags": [], "owner": "alice"}
    assert http.get("/notes/1", headers=alice).json() == note
    assert http.get("/notes", headers=alice).json() == [note]


def test_the_server_sets_the_owner(http, sign_up):
    """An owner in the request body is ignored: the owner is the token's user."""
    alice = sign_up("alice")
    note = create(http, alice, title="mine", owner="bob")
    assert note["owner"] == "alice", "a client must not choose the owner (mass assignment)"
    replaced = http.put("/notes/1", json={"title": "still mine", "owner": "bob"}, headers=alice)
    assert replaced.json()["owner"] == "alice"


def test_users_see_only_their_own_notes(http, sign_up):
    """bob's list leaves out alice's notes, and her note is a 404 for him on every method."""
    alice, bob = sign_up("alice"), sign_up("bob")
    note = create(http, alice, title="alice's diary", body="secret")
    create(http, bob, title="bob's list")
    listed = http.get("/notes", headers=bob).json()
    assert [item["title"] for item in listed] == ["bob's list"], (
        f"GET /notes shows only the caller's own notes, got {listed}"
    )
    assert_problem(http.get("/notes/1", headers=bob), 404, NOT_FOUND)
    assert_problem(http.patch("/notes/1", json={"body": "x"}, headers=bob), 404, NOT_FOUND)
    assert_problem(http.put("/notes/1", json={"title": "x"}, headers=bob), 404, NOT_FOUND)
    assert_problem(http.delete("/notes/1", headers=bob), 404, NOT_FOUND)
    assert http.get("/notes/1", headers=alice).json() == note, "bob changed nothing"


def test_wrong_password_is_invalid_grant(http, sign_up):
    """A wrong password or an unknown user at POST /token is 400 with error invalid_grant."""
    sign_up("alice")
    for form in (
        {"username": "alice", "password": "not-her-password"},
        {"username": "mallory", "password": "alice-password"},
    ):
        body = assert_problem(http.post("/token", data=form), 400, PROBLEMS + "invalid-grant")
        assert body.get("error") == "invalid_grant", (
            "the token endpoint speaks OAuth2 (RFC 6749 section 5.2): error is invalid_grant"
        )


def test_registration_rules(http, sign_up):
    """A taken username is a 409 problem; a short password or a bad username is a 422."""
    sign_up("alice")
    taken = http.post("/users", json={"username": "alice", "password": "another-password"})
    assert_problem(taken, 409, PROBLEMS + "username-taken")
    for user in (
        {"username": "bob", "password": "short"},
        {"username": "Bob Smith", "password": "long-enough-password"},
        {"username": "bo", "password": "long-enough-password"},
    ):
        assert_problem(http.post("/users", json=user), 422, PROBLEMS + "validation-error")
    login = http.post("/token", data={"username": "alice", "password": "another-password"})
    assert login.status_code == 400, "the 409 did not change alice's password"


def test_token_signed_by_the_app_key_is_accepted(http, sign_up):
    """A token signed with SECRET_KEY and HS256, made outside the app, is accepted."""
    sign_up("alice")
    response = http.get("/notes", headers=bearer(forge()))
    assert response.status_code == 200, (
        f"a well-formed token signed with SECRET_KEY is valid, got {response.status_code}"
    )


def test_forged_and_tampered_tokens_are_401(http, sign_up):
    """Another key, alg none, or an edited payload: 401 with a Bearer challenge."""
    alice = sign_up("alice")
    header, _, signature = alice["Authorization"].removeprefix("Bearer ").split(".")
    edited = forge(expires_in=10 * 365 * 24 * 3600).split(".")[1]  # a token for ten years
    tampered = f"{header}.{edited}.{signature}"  # the payload edited, the signature kept
    for token in (
        forge(key="an-attackers-guess-at-the-key-0123456789abcdef"),
        forge(algorithm="none"),
        tampered,
        "not-a-jwt",
    ):
        assert_unauthenticated(http.get("/notes", headers=bearer(token)))


def test_expired_or_eternal_tokens_are_401(http, sign_up):
    """An expired token, or one without exp, is refused with 401."""
    sign_up("alice")
    assert_unauthenticated(http.get("/notes", headers=bearer(forge(expires_in=-60))))
    assert_unauthenticated(http.get("/notes", headers=bearer(forge(exp=None))))


def test_wrong_audience_or_unknown_user_is_401(http, sign_up):
    """A token for another audience, or for a user who does not exist, is refused with 401."""
    sign_up("alice")
    assert_unauthenticated(http.get("/notes", headers=bearer(forge(aud="billing-api"))))
    assert_unauthenticated(http.get("/notes", headers=bearer(forge(sub="mallory"))))
    assert_unauthenticated(http.get("/notes", headers=bearer(forge(sub=None))))


def test_conditional_requests_still_work(http, sign_up):
    """Stage 2 holds with a token: ETag, If-None-Match 304 and If-Match 412."""
    alice = sign_up("alice")
    created = http.post("/notes", json={"title": "v1"}, headers=alice)
    tag = created.headers.get("etag")
    assert tag, "responses with a note still carry an ETag"
    cached = http.get("/notes/1", headers={**alice, "If-None-Match": tag})
    assert cached.status_code == 304
    http.patch("/notes/1", json={"title": "v2"}, headers=alice)
    stale = http.put("/notes/1", json={"title": "v3"}, headers={**alice, "If-Match": tag})
    assert_problem(stale, 412, PROBLEMS + "precondition-failed")
