from sample_html import Page, assert_inert, sign


def shows_as_text(page, payload, what):
    assert payload in page.visible_text, (
        f"{what}: the page must show what the user wrote, as text. Escaping keeps every "
        "character and makes it harmless; deleting the 'dangerous' parts loses data and "
        "always misses some"
    )


def test_event_handler_in_message_is_inert(http, alice, bob, marker):
    """A message with <img onerror> or <svg onload> is shown as text, not run."""
    for payload in (f"<img src=x onerror=alert('{marker}')>", f"<svg onload=alert('{marker}')>",
                    f"<ScRiPt >alert('{marker}')</sCrIpT >"):  # fmt: skip
        assert sign(http, alice, message=payload).status_code == 303
        page = Page(http.get("/", headers=bob).text)
        assert_inert(page, marker, f"message {payload!r}")
        shows_as_text(page, payload, f"message {payload!r}")


def test_script_in_message_is_shown_as_text(http, alice, bob, marker):
    """A message with a <script> element is shown as text, not run."""
    payload = f"<script>alert('{marker}')</script>"
    assert sign(http, alice, message=payload).status_code == 303
    page = Page(http.get("/", headers=bob).text)
    assert_inert(page, marker, f"message {payload!r}")
    shows_as_text(page, payload, f"message {payload!r}")


def test_name_cannot_add_an_attribute(http, alice, bob, marker):
    """A name cannot break out of its attribute to add an event handler or a tag."""
    for name in (f"x onmouseover=alert('{marker}')", f'"><script>alert("{marker}")</script>',
                 f"' autofocus onfocus=alert('{marker}') '"):  # fmt: skip
        assert sign(http, alice, name=name[:40]).status_code == 303
        page = Page(http.get("/", headers=bob).text)
        assert_inert(page, marker, f"name {name[:40]!r}")
        assert name[:40] in page.attribute_values("data-author"), (
            "the whole name belongs in data-author: a value in an unquoted attribute ends at "
            "the first space, whatever autoescape does; quote every attribute"
        )


def test_website_must_be_http_or_https(http, alice, bob, marker):
    """A javascript:, data: or vbscript: website is refused with 422 and never linked."""
    for website in (f"javascript:alert('{marker}')", f" JaVaScRiPt:alert('{marker}')",
                    f"java\tscript:alert('{marker}')", "data:text/html,<script>alert(1)</script>",
                    f"vbscript:msgbox('{marker}')"):  # fmt: skip
        response = sign(http, alice, website=website)
        assert response.status_code == 422, (
            f"website={website!r}: expected 422, got {response.status_code}. HTML escaping "
            "leaves a javascript: URL intact and clickable: allow http and https only"
        )
    page = Page(http.get("/", headers=bob).text)
    assert_inert(page, marker, "a website")


def test_quotes_in_a_website_stay_inside_the_href(http, alice, bob, marker):
    """An https URL with quotes and brackets stays inside its href."""
    website = f'https://ok.example/?q="><script>alert("{marker}")</script>'
    assert sign(http, alice, website=website).status_code == 303
    page = Page(http.get("/", headers=bob).text)
    assert_inert(page, marker, f"website {website!r}")
    assert website in page.attribute_values("href")
