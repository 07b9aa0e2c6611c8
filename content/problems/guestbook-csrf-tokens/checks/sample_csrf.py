"""Helpers for the CSRF checks: the token a page's form carries, and posts with or without it."""

from sample_html import Page


def form_token(http, session):
    """The csrf_token hidden field of the page's form, as the signed-in user sees it."""
    page = Page(http.get("/", headers=session).text)
    for tag, attrs in page.elements:
        fields = dict(attrs)
        if tag == "input" and fields.get("name") == "csrf_token":
            return fields.get("value") or ""
    raise AssertionError(
        'the form on the page has no <input type="hidden" name="csrf_token" value="...">'
    )


def post_entry(http, headers, token=None, message="Hello!"):
    """POST /entries with `headers` (the cookies) and the csrf_token field when not None."""
    form = {"name": "Someone", "message": message, "website": ""}
    if token is not None:
        form["csrf_token"] = token
    return http.post("/entries", data=form, headers=headers)


def messages(http):
    return [entry["message"] for entry in http.get("/api/entries").json()]
