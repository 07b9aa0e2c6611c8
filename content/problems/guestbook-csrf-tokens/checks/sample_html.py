"""Helpers for the checks: sign in, sign the guestbook, and read the page like a browser would.

A payload is harmless when the browser would show it as text; it is an exploit when it turns
into markup that runs: a <script>, an on* event handler, a javascript: link.
"""

import re
from html.parser import HTMLParser
from http.cookies import SimpleCookie

PASSWORDS = {"alice": "wonderland", "bob": "builder"}
# The elements the guestbook's template writes; anything else came from an entry.
TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "body", "h1", "p", "form", "label", "input", "textarea",
    "span", "button", "ul", "li", "a", "script", "link",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcdoc", "data"}


def set_cookies(response):
    """{name: (value, attributes)} of the response's Set-Cookie headers."""
    found = {}
    for header in response.headers.get_list("set-cookie"):
        cookie = SimpleCookie()
        cookie.load(header)
        for name, morsel in cookie.items():
            found[name] = (morsel.value, header)
    return found


def sign_in(http, user):
    """Sign `user` in; returns the headers that carry their session cookie."""
    response = http.post("/login", data={"username": user, "password": PASSWORDS[user]})
    assert response.status_code == 303, f"POST /login: expected 303, got {response.status_code}"
    cookies = set_cookies(response)
    assert "session" in cookies, "POST /login must set the session cookie"
    http.cookies.clear()  # every request says whose it is, explicitly
    return {"Cookie": "; ".join(f"{name}={value}" for name, (value, _) in cookies.items())}


def cookie_value(headers, name):
    """The value of cookie `name` in headers made by sign_in."""
    for part in headers["Cookie"].split("; "):
        key, _, value = part.partition("=")
        if key == name:
            return value
    raise KeyError(name)


def sign(http, session, name="Alice", message="Hello!", website=""):
    """POST /entries as the signed-in user with the `session` headers."""
    form = {"name": name, "message": message, "website": website}
    return http.post("/entries", data=form, headers=session)


class Page(HTMLParser):
    """The page as a browser's parser sees it: elements with attributes, text, script code."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, [(attribute, value), ...])
        self.text = []
        self.scripts = []
        self._script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        self._script = tag == "script"

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = False

    def handle_data(self, data):
        (self.scripts if self._script else self.text).append(data)

    @property
    def visible_text(self):
        return "".join(self.text)

    def attribute_values(self, name):
        return [value for _, attrs in self.elements for key, value in attrs if key == name]


def dangerous_scheme(url):
    """javascript:, vbscript: or data: once the browser drops spaces and control characters."""
    cleaned = re.sub(r"[\x00-\x20]", "", url or "").lower()
    return cleaned.startswith(("javascript:", "vbscript:", "data:"))


def exploits(page, marker):
    """What in the page would run attacker code: [] when the page is safe."""
    found = []
    for tag, attrs in page.elements:
        if tag not in TEMPLATE_TAGS:
            found.append(f"an injected <{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                found.append(f"an event handler attribute {name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES and dangerous_scheme(value):
                found.append(f"<{tag} {name}={value!r}>: a link that runs code when clicked")
        if tag == "script" and any(name == "src" for name, _ in attrs):
            source = dict(attrs)["src"] or ""
            if not source.startswith("/static/"):
                found.append(f"a <script src={source!r}> the template never wrote")
    if any(marker in code for code in page.scripts):
        found.append("the payload inside a <script> element")
    return found


def assert_inert(page, marker, what):
    found = exploits(page, marker)
    assert not found, (
        f"{what} became markup that runs in every visitor's browser: {'; '.join(found)}. "
        "Escape values when the template renders them (Jinja2 autoescape), in quoted "
        "attributes, and never mark user input |safe"
    )
