from conftest import PROBLEMS, assert_problem, create

VALIDATION = PROBLEMS + "validation-error"
NOT_FOUND = PROBLEMS + "note-not-found"


def test_list_is_in_id_order_and_ids_are_not_reused(http):
    """GET /notes lists notes by id; the id of a deleted note is never handed out again."""
    for title in ("a", "b", "c"):
        create(http, title=title)
    assert http.delete("/notes/3").status_code == 204
    assert create(http, title="d")["id"] == 4, (
        "after notes 1-3 and deleting 3, the next note is 4: ids are never reused "
        "(a link to the deleted note must not lead to a new one)"
    )
    listed = http.get("/notes")
    assert listed.status_code == 200
    assert [note["id"] for note in listed.json()] == [1, 2, 4]
    assert listed.json()[1] == {"id": 2, "title": "b", "body": "", "tags": []}


def test_server_controls_the_id(http):
    """An id (or any unknown field) in a POST body is ignored: the server assigns ids."""
    note = create(http, title="mine", id=99, owner="mallory")
    assert note == {"id": 1, "title": "mine", "body": "", "tags": []}, (
        f"the id is the server's to choose and unknown fields are dropped, got {note}"
    )
    assert http.get("/notes/99").status_code == 404


def test_patch_changes_only_the_fields_sent(http):
    """PATCH changes the fields in the body and leaves the others as they were."""
    create(http, title="Trip", body="pack the tent", tags=["summer"])
    response = http.patch("/notes/1", json={"title": "Camping trip"})
    assert response.status_code == 200, f"PATCH: expected 200, got {response.status_code}"
    expected = {"id": 1, "title": "Camping trip", "body": "pack the tent", "tags": ["summer"]}
    assert response.json() == expected, (
        "a field left out of a PATCH keeps its value (model_dump(exclude_unset=True))"
    )
    assert http.patch("/notes/1", json={"tags": []}).json()["tags"] == []
    assert http.get("/notes/1").json()["body"] == "pack the tent"


def test_invalid_bodies_are_422_problems(http):
    """Invalid POST bodies are 422 problem documents that list the errors."""
    bad = [
        {},
        {"title": ""},
        {"title": "x" * 101},
        {"title": "ok", "body": "x" * 2001},
        {"title": "ok", "tags": ["x" * 21]},
        {"title": "ok", "tags": "not-a-list"},
    ]
    for body in bad:
        problem = assert_problem(http.post("/notes", json=body), 422, VALIDATION)
        assert isinstance(problem.get("errors"), list) and problem["errors"], (
            f"a validation problem lists its errors in 'errors' (for {body})"
        )
    assert http.get("/notes").json() == [], "nothing invalid was stored"


def test_patch_refuses_null_and_invalid_values(http):
    """PATCH with title null, an empty title or six tags is a 422 problem; nothing changes."""
    note = create(http, title="Keep me", body="as I am")
    for patch in ({"title": None}, {"title": ""}, {"tags": ["a", "b", "c", "d", "e", "f"]}):
        assert_problem(http.patch("/notes/1", json=patch), 422, VALIDATION)
    assert http.get("/notes/1").json() == note, "a refused PATCH changes nothing"


def test_validation_errors_name_the_field(http):
    """Each entry of errors has the loc FastAPI reports (["body", "title"]) and a msg."""
    problem = assert_problem(http.post("/notes", json={"body": "no title"}), 422, VALIDATION)
    errors = problem["errors"]
    assert any(error.get("loc") == ["body", "title"] for error in errors), (
        f"expected an error with loc ['body', 'title'], got {errors}"
    )
    assert all(isinstance(error.get("msg"), str) and error["msg"] for error in errors)


def test_missing_note_is_404_for_every_method(http):
    """PATCH and DELETE of a missing note are 404 note-not-found problems, like GET."""
    assert_problem(http.patch("/notes/5", json={"title": "x"}), 404, NOT_FOUND)
    assert_problem(http.delete("/notes/5"), 404, NOT_FOUND)


def test_delete_is_204_then_404(http):
    """DELETE answers 204 with no body; the note is gone afterwards."""
    create(http, title="temporary")
    response = http.delete("/notes/1")
    assert response.status_code == 204, f"DELETE: expected 204, got {response.status_code}"
    assert response.content == b"", "a 204 has no body"
    assert_problem(http.get("/notes/1"), 404, NOT_FOUND)
    assert_problem(http.delete("/notes/1"), 404, NOT_FOUND)


def test_unknown_route_and_wrong_method_are_problems(http):
    """The router's own 404 and 405 are problem documents too (type about:blank)."""
    body = assert_problem(http.get("/nothing-here"), 404, "about:blank")
    assert body["title"] == "Not Found", "with type about:blank the title is the status phrase"
    response = http.delete("/notes")
    body = assert_problem(response, 405, "about:blank")
    assert body["title"] == "Method Not Allowed"
    assert "POST" in response.headers.get("allow", ""), "a 405 keeps its Allow header"
