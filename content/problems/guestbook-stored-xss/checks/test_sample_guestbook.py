from sample_html import Page, assert_inert, sign


def test_sample_entry_appears_on_the_page(http, alice, bob):
    response = sign(http, alice, name="Alice", message="Hello from Oslo!",
                    website="https://alice.example/")  # fmt: skip
    assert response.status_code == 303, f"POST /entries: expected 303, got {response.status_code}"
    page = Page(http.get("/", headers=bob).text)
    assert "Hello from Oslo!" in page.visible_text
    assert "https://alice.example/" in page.attribute_values("href"), "a link to her website"
    assert_inert(page, "none", "an ordinary entry")


def test_sample_api_lists_the_entries(http, alice):
    sign(http, alice, name="Alice", message="Tea at six?")
    assert http.get("/api/entries").json() == [
        {"author": "alice", "name": "Alice", "message": "Tea at six?", "website": ""}
    ]


def test_sample_signing_needs_a_session(http):
    response = http.post("/entries", data={"name": "Eve", "message": "hi", "website": ""})
    assert response.status_code == 401, "only signed-in users may sign the guestbook"
