"""A lab in a real browser against a real `winterarc serve`: edit two files on their tabs, Run
the visible checks, Submit and watch each check's verdict arrive, download the zip; and the
pages of three Session 2 labs from the bank, at desktop and phone size."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.helpers.content import copy_content
from tests.helpers.judge import LAB_FIXTURES, require_lab_runtime, require_sandbox
from tests.helpers.processes import ROOT, base_env, free_port, start, wait_ready
from tests.web.browser.session import Session, WebServer, new_session, sign_up, unnamed_controls

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]
LAB = "greeter-two-files"
# Three labs of the bank: FastAPI with Redis, a multi-stage Dockerfile, a security fix in two files.
BANK_LABS = ("notes-api-4-cache", "tracker-multi-stage-dockerfile", "guestbook-csrf-tokens")
RIGHT_GREETINGS = 'def greet(name: str) -> str:\n    return f"Hello, {name}!"\n'


def _bank_lab(slug: str, problems: Path) -> None:
    """A lab of content/problems, its roadmap links dropped (the fixture roadmap lacks them)."""
    target = problems / slug
    shutil.copytree(ROOT / "content" / "problems" / slug, target)
    manifest = target / "problem.toml"
    text = manifest.read_text()
    manifest.write_text(re.sub(r"(?ms)^\[roadmap\]\n.*?(?=^\[|\Z)", "", text))


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    require_sandbox()
    require_lab_runtime()
    root = tmp_path_factory.mktemp("labs")
    content = copy_content(root, [])
    shutil.copytree(LAB_FIXTURES / LAB, content / "problems" / LAB)
    for slug in BANK_LABS:
        _bank_lab(slug, content / "problems")
    port = free_port()
    env = base_env(
        root / "data", port=str(port), content_dir=str(content), sync_content_on_start="true"
    )
    server = start("serve", ["serve"], env, root / "logs", port)
    try:
        wait_ready(server, seconds=120)
        yield WebServer(server, root / "data", content)
    finally:
        server.stop()
        print(f"----- serve (last lines) -----\n{server.output()[-3000:]}")


def edit_file(session: Session, name: str, text: str) -> None:
    """Open the file's tab and replace its contents in the editor as one edit."""
    page = session.page
    page.get_by_role("tab", name=name).click()
    expect(page.get_by_role("tab", name=name)).to_have_attribute("aria-selected", "true")
    page.locator("[data-tab-panel]:not([hidden]) .cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.insert_text(text)
    expect(page.locator(f'textarea[name="file:{name}"]')).to_have_value(text)


def test_edit_two_files_run_submit_and_download_a_lab(
    browser: Browser, lab_server: WebServer
) -> None:
    session = new_session(browser, lab_server.url)
    page = session.page
    sign_up(session, "lab-learner")
    page.goto(f"/problems/{LAB}")
    expect(page.get_by_role("tab")).to_have_count(2)
    expect(page.locator(".lab-check").first).to_contain_text("test_greets_ada")

    page.get_by_role("button", name="Run visible checks").click()
    run = page.locator("#run-result [data-lab-run]")
    expect(run.locator(".check-result").first).to_have_attribute(
        "data-verdict", "RE", timeout=60_000
    )
    expect(run).to_contain_text("NotImplementedError")  # a visible check shows why

    edit_file(session, "greetings.py", RIGHT_GREETINGS)
    page.get_by_role("button", name="Run visible checks").click()
    # greet() works now, but app.py answers with the wrong key: the sample's assertion says so.
    expect(run.locator(".check-result").first).to_have_attribute(
        "data-verdict", "WA", timeout=60_000
    )
    expect(run).to_contain_text("greeting")
    session.shot("lab-run-wrong-answer")

    app = (LAB_FIXTURES / LAB / "solutions" / "accepted" / "ref" / "app.py").read_text()
    edit_file(session, "app.py", app)
    page.get_by_role("button", name="Run visible checks").click()
    expect(run.locator('.check-result[data-verdict="AC"]')).to_have_count(2, timeout=60_000)

    page.get_by_role("button", name="Submit", exact=True).click()
    panel = page.locator("#verdict-panel")
    expect(panel).to_have_attribute("data-verdict", "AC", timeout=90_000)
    expect(panel).to_contain_text("test_greets_anyone")  # the hidden check, by name
    expect(page.locator("h1 [data-solved-mark]")).to_be_visible()
    session.shot("lab-accepted")

    with page.expect_download() as download_info:
        page.locator("[data-lab-download]").click()
    download = download_info.value
    archive = zipfile.ZipFile(io.BytesIO(Path(download.path()).read_bytes()))
    assert f"{LAB}/checks/test_sample_greet.py" in archive.namelist()
    assert f"{LAB}/checks/test_greet.py" not in archive.namelist()

    page.goto(f"/problems/{LAB}")  # the editors reopen with the submitted files
    expect(page.locator('textarea[name="file:greetings.py"]')).to_have_value(RIGHT_GREETINGS)
    assert unnamed_controls(page) == []
    assert session.violations == []
    assert session.errors == []
    session.context.close()


def test_bank_labs_at_desktop_and_phone_size(browser: Browser, lab_server: WebServer) -> None:
    for viewport in ("desktop", "phone"):
        session = new_session(browser, lab_server.url, viewport)
        sign_up(session, f"lab-{viewport}")
        for slug in (LAB, *BANK_LABS):
            session.page.goto(f"/problems/{slug}")
            expect(session.page.locator(".cm-editor").first).to_be_visible()
            expect(session.page.locator(".runtime-list")).to_have_count(1)
            session.shot(f"lab-{slug}")
        assert session.violations == []
        assert session.errors == []
        session.context.close()
