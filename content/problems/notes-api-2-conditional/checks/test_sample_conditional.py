from conftest import create, etag


def test_sample_note_responses_carry_a_strong_etag(http):
    created = http.post("/notes", json={"title": "Groceries"})
    assert created.status_code == 201
    tag = etag(created)
    assert etag(http.get("/notes/1")) == tag, "the same note has the same ETag on every read"
    assert etag(http.get("/notes/1")) == tag


def test_sample_if_none_match_gives_304(http):
    create(http, title="Groceries", body="milk")
    tag = etag(http.get("/notes/1"))
    response = http.get("/notes/1", headers={"If-None-Match": tag})
    assert response.status_code == 304, (
        f"the client's copy is current: 304 Not Modified, got {response.status_code}"
    )
    assert response.content == b"", "a 304 has no body: the client already has it"
    assert response.headers.get("etag") == tag, "a 304 repeats the ETag"
