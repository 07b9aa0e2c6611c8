from conftest import PROBLEMS, assert_problem


def test_sample_create_returns_201_and_location(http):
    response = http.post("/notes", json={"title": "Groceries"})
    assert response.status_code == 201, f"a created note is 201, got {response.status_code}"
    note = response.json()
    assert note == {"id": 1, "title": "Groceries", "body": "", "tags": []}, (
        "the first note gets id 1, and body and tags their defaults"
    )
    assert response.headers.get("location") == "/notes/1", (
        "a 201 says where the new resource lives: Location: /notes/1"
    )
    assert http.get("/notes/1").json() == note


def test_sample_missing_note_is_a_problem_document(http):
    body = assert_problem(http.get("/notes/7"), 404, PROBLEMS + "note-not-found")
    assert body["title"] == "Note not found"
    assert "7" in body["detail"], "the detail names the note that is missing"
