from conftest import PROBLEMS, assert_problem, create, etag

PRECONDITION = PROBLEMS + "precondition-failed"


def test_etag_changes_when_the_note_changes(http):
    """After a PATCH the ETag is new, and If-None-Match with the old one gets the new note."""
    create(http, title="Draft", body="v1")
    old = etag(http.get("/notes/1"))
    patched = http.patch("/notes/1", json={"body": "v2"})
    assert patched.status_code == 200
    new = etag(patched)
    assert new != old, "a changed note needs a new ETag, or caches keep serving the old one"
    response = http.get("/notes/1", headers={"If-None-Match": old})
    assert response.status_code == 200, "the client's copy is stale: 200 with the new note"
    assert response.json()["body"] == "v2"
    assert etag(response) == new


def test_if_none_match_lists_star_and_weak_tags(http):
    """If-None-Match may list several tags, use *, or a weak W/ tag: each one matches."""
    create(http, title="Groceries")
    tag = etag(http.get("/notes/1"))
    for header in (f'"not-this-one", {tag}', "*", f"W/{tag}"):
        response = http.get("/notes/1", headers={"If-None-Match": header})
        assert response.status_code == 304, (
            f"If-None-Match: {header} matches the current ETag {tag} (weak comparison), "
            f"so 304; got {response.status_code}"
        )
    response = http.get("/notes/1", headers={"If-None-Match": '"something-else"'})
    assert response.status_code == 200, "a tag that does not match: 200 and the note"


def test_put_replaces_the_whole_note(http):
    """PUT replaces the note: fields left out of the body take their defaults."""
    create(http, title="Trip", body="pack the tent", tags=["summer"])
    response = http.put("/notes/1", json={"title": "Trip (cancelled)"})
    assert response.status_code == 200, f"PUT: expected 200, got {response.status_code}"
    assert response.json() == {"id": 1, "title": "Trip (cancelled)", "body": "", "tags": []}, (
        "PUT sends the whole new state: a field left out is reset to its default "
        "(merging is what PATCH does)"
    )
    assert http.get("/notes/1").json() == response.json()
    assert etag(response) == etag(http.get("/notes/1"))


def test_put_is_idempotent(http):
    """The same PUT twice leaves the same note with the same ETag, and creates nothing."""
    create(http, title="Reading list")
    body = {"title": "Reading list", "body": "Dune", "tags": ["books"]}
    first = http.put("/notes/1", json=body)
    second = http.put("/notes/1", json=body)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json() == {"id": 1, **body}
    assert etag(first) == etag(second), (
        "repeating a PUT leaves the same representation, so the same ETag: a client can "
        "safely retry it"
    )
    assert len(http.get("/notes").json()) == 1


def test_put_of_a_missing_note_is_404(http):
    """PUT /notes/{id} of a note that does not exist is a 404 problem (no upsert)."""
    assert_problem(
        http.put("/notes/3", json={"title": "x"}), 404, PROBLEMS + "note-not-found"
    )


def test_stale_if_match_is_412(http):
    """Two clients edit one note: the second PUT, with the old ETag, gets a 412 problem."""
    create(http, title="Shared", body="original")
    seen = etag(http.get("/notes/1"))  # both clients read the note
    alice = http.put("/notes/1", json={"title": "Shared", "body": "alice"}, headers={"If-Match": seen})
    assert alice.status_code == 200, f"If-Match with the current ETag succeeds, got {alice.status_code}"
    bob = http.put("/notes/1", json={"title": "Shared", "body": "bob"}, headers={"If-Match": seen})
    problem = assert_problem(bob, 412, PRECONDITION)
    assert problem["title"] == "Precondition failed"
    assert http.get("/notes/1").json()["body"] == "alice", "the refused PUT must not write"


def test_if_match_guards_patch_and_delete(http):
    """PATCH and DELETE with a stale If-Match are 412 and change nothing; a current one works."""
    create(http, title="Guarded")
    stale = etag(http.get("/notes/1"))
    current = etag(http.patch("/notes/1", json={"body": "edited"}))
    assert_problem(
        http.patch("/notes/1", json={"body": "lost"}, headers={"If-Match": stale}), 412, PRECONDITION
    )
    assert_problem(http.delete("/notes/1", headers={"If-Match": stale}), 412, PRECONDITION)
    assert http.get("/notes/1").json()["body"] == "edited"
    response = http.patch("/notes/1", json={"tags": ["ok"]}, headers={"If-Match": current})
    assert response.status_code == 200
    assert http.delete("/notes/1", headers={"If-Match": etag(response)}).status_code == 204


def test_if_match_star_and_weak_tags(http):
    """If-Match: * matches any existing note; a weak W/ tag never matches (strong comparison)."""
    create(http, title="Star")
    tag = etag(http.get("/notes/1"))
    assert_problem(
        http.put("/notes/1", json={"title": "weak"}, headers={"If-Match": f"W/{tag}"}),
        412,
        PRECONDITION,
    )
    response = http.put("/notes/1", json={"title": "star"}, headers={"If-Match": "*"})
    assert response.status_code == 200, "If-Match: * means 'if it exists at all'"
    listed = http.put("/notes/1", json={"title": "list"}, headers={"If-Match": f'"nope", {etag(response)}'})
    assert listed.status_code == 200, "If-Match may list several tags; one match is enough"


def test_preconditions_on_a_missing_note_give_404(http):
    """A missing note is 404 whatever the If-Match says (the status without the condition)."""
    for method in ("PUT", "PATCH", "DELETE"):
        response = http.request(
            method, "/notes/9", json={"title": "x"}, headers={"If-Match": '"abc"'}
        )
        assert_problem(response, 404, PROBLEMS + "note-not-found")
