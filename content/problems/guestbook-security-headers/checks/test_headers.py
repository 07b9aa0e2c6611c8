from sample_headers import assert_csp, assert_hsts, assert_other_headers, assert_secure_headers
from sample_html import Page, assert_inert, set_cookies, sign


def test_csp_allows_no_inline_script(http):
    """The CSP runs scripts from this origin only: no unsafe-inline, eval or other hosts."""
    assert_csp(http.get("/"))


def test_hsts_for_a_year_with_subdomains(http):
    """Strict-Transport-Security has max-age of a year or more and includeSubDomains."""
    assert_hsts(http.get("/"))


def test_nosniff_frame_options_and_referrer_policy(http):
    """X-Content-Type-Options, X-Frame-Options and Referrer-Policy are set."""
    assert_other_headers(http.get("/"))


def test_session_cookie_is_httponly_secure_samesite(http):
    """The session cookie is HttpOnly, Secure and SameSite=Lax or Strict."""
    response = http.post("/login", data={"username": "bob", "password": "builder"})
    value, header = set_cookies(response)["session"]
    attributes = {part.strip().split("=")[0].lower(): part.strip() for part in header.split(";")}
    assert "httponly" in attributes, "HttpOnly: page scripts (an XSS) cannot read the session"
    assert "secure" in attributes, "Secure: the cookie never travels over plain HTTP"
    same_site = attributes.get("samesite", "").lower()
    assert same_site in ("samesite=lax", "samesite=strict"), (
        f"SameSite=Lax (or Strict), got {same_site or 'nothing'}: other sites' forms then post "
        "without the cookie"
    )


def test_page_has_no_inline_code(http, alice):
    """The page has no inline script, event handler or javascript: link."""
    page = Page(http.get("/", headers=alice).text)
    assert not [code for code in page.scripts if code.strip()], "inline <script> code"
    assert_inert(page, "none", "the template itself")


def test_entries_are_still_escaped(http, alice, bob, marker):
    """Stage 1 still holds: a payload in a message is shown as text."""
    payload = f"<img src=x onerror=alert('{marker}')>"
    sign(http, alice, message=payload)
    page = Page(http.get("/", headers=bob).text)
    assert_inert(page, marker, "a message")
    assert payload in page.visible_text


def test_headers_on_every_response(http, alice):
    """Errors, redirects, JSON and the script get the security headers too."""
    responses = [
        http.get("/api/entries"),
        http.get("/static/guestbook.js"),
        http.get("/no-such-page"),
        http.post("/login", data={"username": "alice", "password": "nope"}),
        http.post("/login", data={"username": "alice", "password": "wonderland"}),
        sign(http, alice, name=""),
        sign(http, alice, name="Alice", message="hi"),
    ]
    for response in responses:
        assert_secure_headers(response)
