"""Attacks on the pages, in a real browser: a hostile statement stays inert, and a form on
another site cannot change anything on ours."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.helpers.judge import FIXTURES as PROBLEMS
from tests.web.browser.session import AUTHOR, WebServer, new_session, sign_up
from winterarc.curriculum.packing import zip_package

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]
TOPIC = "s1-w1-asyncio"


def test_a_statement_with_script_and_event_handlers_renders_inert(
    browser: Browser, web_server: WebServer
) -> None:
    session = new_session(browser, web_server.url)
    page = session.page
    page.goto("/problems/hostile-statement")
    statement = page.locator(".statement")
    expect(statement).to_contain_text('<script>window.__pwned = "script";</script>')
    expect(statement).to_contain_text("onerror=")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None
    assert statement.locator("script, img, iframe, style").count() == 0
    hrefs = statement.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert not [href for href in hrefs if href.startswith("javascript:")]
    expect(page.locator("body")).to_be_visible()  # the <style> did not hide the page
    session.shot("hostile-statement")
    assert session.violations == []
    session.context.close()


class _AttackerSite(BaseHTTPRequestHandler):
    """A page on another site whose form posts to Winter Arc."""

    target = ""

    def do_GET(self) -> None:
        body = (
            "<!doctype html><title>Free prizes</title>"
            f'<form method="post" action="{self.target}">'
            '<input type="hidden" name="status" value="done">'
            '<input type="hidden" name="csrf_token" value="guessed">'
            "<button>Claim your prize</button></form>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def attacker(web_server: WebServer) -> Iterator[str]:
    handler = type(
        "Handler", (_AttackerSite,), {"target": f"{web_server.url}/roadmap/{TOPIC}/progress"}
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    # "localhost" and "127.0.0.1" are different sites to the browser.
    yield f"http://localhost:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_a_cross_site_form_post_without_the_token_is_refused(
    browser: Browser, web_server: WebServer, attacker: str
) -> None:
    session = new_session(browser, web_server.url)
    page = session.page
    sign_up(session, "csrf-victim")
    page.goto(f"/roadmap/{TOPIC}")
    expect(page.get_by_label("Not started")).to_be_checked()

    page.goto(attacker)
    with page.expect_response(re.compile(r"/progress$")) as posted:
        page.get_by_role("button", name="Claim your prize").click()
    assert posted.value.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("Request refused")

    # The same post from our own origin, with the victim's cookies but no token: refused too.
    refused = session.context.request.post(
        f"{web_server.url}/roadmap/{TOPIC}/progress", form={"status": "done"}
    )
    assert refused.status == 403
    page.goto(f"/roadmap/{TOPIC}")
    expect(page.get_by_label("Not started")).to_be_checked()

    # Our own form, which carries the token, works.
    page.get_by_label("Done").check()
    with page.expect_response(re.compile(r"/progress$")) as saved:
        page.get_by_role("button", name="Save").click()
    assert saved.value.status == 200  # htmx swapped the form in place
    page.reload()
    expect(page.get_by_label("Done")).to_be_checked()
    session.context.close()


def _package_zip(tmp_path: Path, slug: str, *, break_it: bool = False) -> Path:
    folder = tmp_path / slug
    shutil.copytree(PROBLEMS / "sum-stdio", folder)
    manifest = folder / "problem.toml"
    manifest.write_text(manifest.read_text().replace('"sum-stdio"', f'"{slug}"'))
    if break_it:  # the "accepted" solution now prints the wrong sum
        (folder / "solutions" / "accepted" / "via_input_lines.py").write_text("print(0)\n")
    target = tmp_path / f"{slug}.zip"
    target.write_bytes(zip_package(folder))
    return target


def test_an_author_uploads_a_package_and_reads_its_report(
    browser: Browser, web_server: WebServer, tmp_path: Path
) -> None:
    session = new_session(browser, web_server.url)
    page = session.page
    page.goto("/login")
    page.get_by_label("Username").fill(AUTHOR[0])
    page.get_by_label("Password").fill(AUTHOR[1])
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("link", name="Author", exact=True).click()

    page.get_by_label("Package (.zip)").set_input_files(
        _package_zip(tmp_path, "broken-sum", break_it=True)
    )
    page.get_by_role("button", name="Validate and publish").click()
    report = page.locator("[data-report]")
    expect(report).to_have_attribute("data-report", "refused", timeout=120_000)
    expect(report).to_contain_text("via_input_lines.py")
    session.shot("author-upload-refused")

    page.get_by_label("Package (.zip)").set_input_files(_package_zip(tmp_path, "uploaded-sum"))
    page.get_by_role("button", name="Validate and publish").click()
    expect(report).to_have_attribute("data-report", "accepted", timeout=120_000)
    session.shot("author-upload-accepted")
    report.get_by_role("link", name="uploaded-sum").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sum of a List")
    page.goto("/problems/broken-sum")
    expect(page.get_by_role("heading", name="Not Found")).to_be_visible()
    assert session.violations == []
    session.context.close()
