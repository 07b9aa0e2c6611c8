"""Shared by the checks (shown to learners): what a problem document must look like."""

PROBLEMS = "https://notes.example/problems/"


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
    assert isinstance(body, dict), f"a problem document is a JSON object, got {body!r}"
    for member in ("type", "title", "status", "detail"):
        assert member in body, f"the problem document lacks {member!r}: {body}"
    assert body["type"] == type_, f"expected type {type_!r}, got {body['type']!r}"
    assert body["status"] == status, (
        f"the status member repeats the HTTP status ({status}), got {body['status']!r}"
    )
    assert isinstance(body["title"], str) and body["title"], "title is a non-empty string"
    assert isinstance(body["detail"], str) and body["detail"], "detail is a non-empty string"
    return body


def create(http, **fields):
    """POST /notes and return the created note (asserting the 201)."""
    response = http.post("/notes", json=fields)
    assert response.status_code == 201, (
        f"POST /notes {fields}: expected 201, got {response.status_code}: {response.text[:300]}"
    )
    return response.json()
