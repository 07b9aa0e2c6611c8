from sample_html import Page, sign


def test_text_is_stored_as_written(http, alice, bob):
    """Entries are stored as written: the API returns the raw text, the page shows it."""
    message = """Tom & Jerry <3 "quotes" 'and' <b>bold</b>"""
    assert sign(http, alice, name="A & B", message=message).status_code == 303
    entry = http.get("/api/entries").json()[0]
    assert entry["message"] == message and entry["name"] == "A & B", (
        "the API must return exactly what was written. Escaping on the way in stores HTML "
        "entities: the JSON API, the mobile app and the CSV export then show &amp;lt; and "
        "&amp;amp;. Store raw text; escape on the way out, for the context you output to"
    )
    page = Page(http.get("/", headers=bob).text)
    assert message in page.visible_text, "the page shows the text as written"
    assert "b" not in {tag for tag, _ in page.elements}, "<b> is text, not markup"


def test_invalid_entries_are_422(http, alice):
    """An empty or too long name or message, or a non-http(s) website, is 422."""
    for form in ({"name": "", "message": "hi"}, {"name": "A", "message": ""},
                 {"name": "A" * 41, "message": "hi"}, {"name": "A", "message": "m" * 501},
                 {"name": "A", "message": "hi", "website": "ftp://files.example/"}):  # fmt: skip
        response = sign(http, alice, **form)
        assert response.status_code == 422, f"{form}: expected 422, got {response.status_code}"
    assert http.get("/api/entries").json() == []


def test_wrong_password_is_401(http):
    """A wrong password is 401 and sets no session."""
    response = http.post("/login", data={"username": "alice", "password": "builder"})
    assert response.status_code == 401
    assert "session" not in response.headers.get("set-cookie", "")
