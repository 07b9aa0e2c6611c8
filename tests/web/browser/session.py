"""Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by Playwright,
against a real `winterarc serve` (the `web_server` fixture).

Screenshots go to artifacts/screenshots/<viewport>/ (WINTERARC_SCREENSHOTS_DIR overrides it),
which CI keeps as artifacts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect

from tests.helpers import processes
from tests.helpers.factories import PASSWORD
from tests.helpers.processes import ROOT, Process
from tests.helpers.services import require_service

CHROMIUM = os.environ.get("WINTERARC_TEST_CHROMIUM", "/usr/bin/chromium")
# --no-sandbox: the tests run as root; the background-networking flags stop Chromium from
# calling Google services on a machine without general network access.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Chromium logs every 4xx response as an error; the tests check statuses themselves. The CSP
# text is the console twin of a violation, which the listener above reports.
_EXPECTED_ERRORS = ("Failed to load resource", "Applying inline style", "Refused to")
VIEWPORTS: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1366, "height": 900}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
        "device_scale_factor": 2,
    },
}
# Reports every Content-Security-Policy violation to the test through the console.
_CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.log("CSP-VIOLATION " + e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile);
});
"""


AUTHOR = ("author1", "an-authors-long-passphrase")
# An accepted solution of the sum-stdio fixture.
RIGHT = "import sys\ndata = sys.stdin.read().split()\nprint(sum(map(int, data[1:])))\n"


@dataclass
class WebServer:
    process: Process
    data_dir: Path
    content: Path

    @property
    def url(self) -> str:
        return self.process.url


@contextmanager
def serving(
    root: Path, content: Path, *, with_author: bool = True, **settings: str
) -> Iterator[WebServer]:
    """A real `winterarc serve` (embedded) on `content`, with the AUTHOR account when asked."""

    def create_author(env: dict[str, str]) -> None:
        subprocess.run(
            [sys.executable, "-m", "winterarc", "user", "create", AUTHOR[0], "--role", "author",
             "--password-stdin"],
            input=AUTHOR[1].encode(), env=env, check=True, capture_output=True,
        )  # fmt: skip

    with processes.serving(
        root, content, settings, prepare=create_author if with_author else None
    ) as server:
        yield WebServer(server, root / "data", content)


def screenshots_dir() -> Path:
    configured = os.environ.get("WINTERARC_SCREENSHOTS_DIR")
    return Path(configured) if configured else ROOT / "artifacts" / "screenshots"


def launch(playwright: Playwright) -> Browser:
    if not Path(CHROMIUM).exists() and shutil.which(CHROMIUM) is None:
        require_service("Chromium", "install Debian's chromium (scripts/bootstrap --dev does)")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@dataclass
class Session:
    """One browser context (its own cookies) and page, recording console problems."""

    context: BrowserContext
    page: Page
    viewport: str
    violations: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def shot(self, name: str) -> Path:
        """Save a full-page screenshot as <viewport>/<name>.png."""
        target = screenshots_dir() / self.viewport / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=target, full_page=True)
        return target


def new_session(browser: Browser, base_url: str, viewport: str = "desktop") -> Session:
    context = browser.new_context(base_url=base_url, **VIEWPORTS[viewport])
    context.add_init_script(_CSP_LISTENER)
    context.set_default_timeout(30_000)
    page = context.new_page()
    session = Session(context, page, viewport)

    def on_console(message: Any) -> None:
        text = str(message.text)
        if text.startswith("CSP-VIOLATION"):
            session.violations.append(text)
        elif message.type == "error" and not text.startswith(_EXPECTED_ERRORS):
            session.errors.append(text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: session.errors.append(f"page error: {error}"))
    return session


# Controls a screen reader could not name: no label, aria-label(ledby), title or text.
_UNNAMED_CONTROLS = """
() => [...document.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, '
  + '[contenteditable=true], [role=button]'
)].filter((el) => {
  if (el.closest('[hidden]') || el.hidden) return false;
  const labelled = (el.labels && el.labels.length) || el.getAttribute('aria-label')
    || el.getAttribute('aria-labelledby') || el.getAttribute('title');
  return !labelled && !(el.textContent || '').trim() && !el.querySelector('img[alt]:not([alt=""])');
}).map((el) => el.outerHTML.slice(0, 120))
"""


def unnamed_controls(page: Page) -> list[str]:
    """Every visible control on the page without an accessible name."""
    return list(page.evaluate(_UNNAMED_CONTROLS))


def sign_up(session: Session, username: str) -> None:
    page = session.page
    page.goto("/signup")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url(re.compile(r"/roadmap$"))


def replace_code(session: Session, code: str) -> None:
    """Select all in the editor and insert the code as one edit (no auto-indent on the way)."""
    page = session.page
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.insert_text(code)
    expect(page.locator("textarea#code")).to_have_value(code)
