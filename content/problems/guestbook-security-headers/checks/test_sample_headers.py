from sample_headers import assert_other_headers, csp
from sample_html import Page


def test_sample_page_has_security_headers(http):
    response = http.get("/")
    assert response.status_code == 200
    assert_other_headers(response)
    assert csp(response).get("default-src") == ["'self'"], (
        "the page needs a Content-Security-Policy starting with default-src 'self' (the hidden "
        "checks read the rest of the policy, and Strict-Transport-Security)"
    )


def test_sample_script_is_served_from_static(http, alice):
    page = Page(http.get("/", headers=alice).text)
    sources = [dict(attrs).get("src") for tag, attrs in page.elements if tag == "script"]
    assert sources == ["/static/guestbook.js"], (
        f"the page's scripts are {sources}: load one script, /static/guestbook.js, and keep "
        "no inline <script> code (None is an inline script)"
    )
    response = http.get("/static/guestbook.js")
    assert response.status_code == 200
    kind = response.headers.get("content-type", "").split(";")[0].strip()
    assert kind in ("text/javascript", "application/javascript"), (
        f"/static/guestbook.js is served as {kind!r}; with nosniff a browser runs only "
        "scripts with a JavaScript type"
    )
    assert "counter" in response.text, "the character counter's code lives in guestbook.js"
