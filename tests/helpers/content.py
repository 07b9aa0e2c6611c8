"""The fixture curriculum: a small roadmap and quiz, with judge fixture packages as problems."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import httpx

from tests.helpers.app import sessionmaker_of
from tests.helpers.judge import FIXTURES as PROBLEMS
from tests.helpers.judge import copy_fixture, edit
from winterarc.curriculum.packing import zip_package
from winterarc.curriculum.sync import SyncReport, sync_content

CONTENT = Path(__file__).parents[1] / "fixtures" / "content"
UPLOADED_SLUG = "uploaded-ticket"  # package_zip's problem


def copy_content(target: Path, slugs: Iterable[str] | None = None) -> Path:
    """target/content: the fixture roadmap and quiz, with the judge's fixture packages named
    by `slugs` (all of them by default) as the problem bank."""
    content = target / "content"
    shutil.copytree(CONTENT, content)
    if slugs is None:
        shutil.copytree(PROBLEMS, content / "problems")
    for slug in slugs or ():
        shutil.copytree(PROBLEMS / slug, content / "problems" / slug)
    return content


async def sync(client: httpx.AsyncClient, content: Path) -> SyncReport:
    """`winterarc content sync` into the app's database."""
    async with sessionmaker_of(client)() as session:
        report = await sync_content(session, content)
        await session.commit()
    return report


async def load_content(client: httpx.AsyncClient, content: Path) -> None:
    """Sync `content`, which must load without errors."""
    report = await sync(client, content)
    assert report.errors == [], report.errors


def package_zip(tmp_path: Path, change: Callable[[Path], None] | None = None) -> bytes:
    """The ticket-code fixture as `uploaded-ticket`, optionally broken by `change`, zipped."""
    workdir = tmp_path / "packages"
    workdir.mkdir(exist_ok=True)
    folder = copy_fixture("ticket-code", workdir).rename(workdir / UPLOADED_SLUG)
    edit(folder / "problem.toml", 'slug = "ticket-code"', f'slug = "{UPLOADED_SLUG}"')
    if change is not None:
        change(folder)
    data = zip_package(folder)
    shutil.rmtree(folder)
    return data
