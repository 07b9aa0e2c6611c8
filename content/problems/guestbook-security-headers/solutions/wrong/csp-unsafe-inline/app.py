# Caught by test_csp_allows_no_inline_script: the policy copied from a blog allows
# 'unsafe-inline', so an injected <script> would run anyway.
"""The office guestbook: signed-in users leave a message, everyone reads them."""

import secrets
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Cookie, FastAPI, Form, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

app = FastAPI()
# Autoescaping: every {{ value }} in an .html template is HTML-escaped when it is rendered.
templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent), autoescape=select_autoescape(["html"])
)
password_hash = PasswordHash((Argon2Hasher(),))

# username -> Argon2 hash of the password (alice: "wonderland", bob: "builder")
USERS = {
    "alice": "$argon2id$v=19$m=8192,t=2,p=1$jcWnHMXbdZ5QQ3xOJLwpOg"
    "$KYmBjhTEv5qqp28x5NMmkXLGuhP6Hfh903yiT6kbEao",
    "bob": "$argon2id$v=19$m=8192,t=2,p=1$Q7UCKoBfHhJYt5Nvp6SUeg"
    "$WWzklg0J18KVhgt7Li1lNkkulQtuhLOZVZdlCX5kldg",
}
SESSIONS: dict[str, str] = {}  # session id -> username
SCRIPT = Path(__file__).with_name("guestbook.js")

# Sent with every response. In production the app sits behind a TLS-terminating proxy.
SECURITY_HEADERS = {
    # Only this origin's scripts run (no inline code, no eval); no plugins; no <base> tricks;
    # forms post only here; no other site may frame the page (clickjacking).
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; "
        "base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",  # a text/plain answer is never run as a script
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",  # HTTPS only, 2 years
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate CSP 2
}


@app.middleware("http")
async def security_headers(request: Request, call_next: Any) -> Response:
    """A middleware, so that errors (401, 404, 422) and redirects get the headers too."""
    response: Response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
ENTRIES: list[dict[str, str]] = []  # {"author", "name", "message", "website"}


def signed_in(session: str | None) -> str | None:
    return SESSIONS.get(session or "")


def checked_website(website: str) -> str:
    """"" or an http(s) URL with a host; 422 for anything else (javascript:, data:, ...).

    Escaping cannot make a javascript: URL safe in an href: it is valid HTML that runs code
    when clicked. Only an allow-list of schemes can.
    """
    website = website.strip()
    if not website:
        return ""
    parts = urlsplit(website)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise HTTPException(status_code=422, detail="website: an http:// or https:// URL")
    return website


@app.post("/login")
def login(username: Annotated[str, Form()], password: Annotated[str, Form()]) -> RedirectResponse:
    stored = USERS.get(username)
    if stored is None or not password_hash.verify(password, stored):
        raise HTTPException(status_code=401, detail="wrong username or password")
    session = secrets.token_urlsafe(32)
    SESSIONS[session] = username
    response = RedirectResponse("/", status_code=303)
    response.set_cookie("session", session, httponly=True, secure=True, samesite="lax")
    return response


@app.get("/", response_class=HTMLResponse)
def page(session: Annotated[str | None, Cookie()] = None) -> str:
    template = templates.get_template("guestbook.html")
    return template.render(user=signed_in(session), entries=ENTRIES)


@app.post("/entries")
def sign(
    name: Annotated[str, Form()],
    message: Annotated[str, Form()],
    website: Annotated[str, Form()] = "",
    session: Annotated[str | None, Cookie()] = None,
) -> RedirectResponse:
    user = signed_in(session)
    if user is None:
        raise HTTPException(status_code=401, detail="sign in first")
    if not 1 <= len(name) <= 40 or not 1 <= len(message) <= 500:
        raise HTTPException(status_code=422, detail="name: 1-40 characters, message: 1-500")
    website = checked_website(website)
    # Stored exactly as written: escaping is the template's job, at output, for HTML only.
    ENTRIES.append({"author": user, "name": name, "message": message, "website": website})
    return RedirectResponse("/", status_code=303)


@app.get("/static/guestbook.js")
def script() -> Response:
    return Response(SCRIPT.read_text(), media_type="text/javascript")


@app.get("/api/entries")
def api_entries() -> list[dict[str, Any]]:
    return ENTRIES
