"""The per-process catalogue cache: two engines on one database play two API replicas; what one
writes through any write path (content sync, package upload, the problem API's edits), the
other reads on its next transaction, and a rolled-back write never passes for a committed one."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from tests.helpers.content import UPLOADED_SLUG as SLUG
from tests.helpers.content import copy_content, package_zip
from tests.helpers.judge import edit, require_sandbox
from winterarc.auth.models import Role, User
from winterarc.curriculum.sync import sync_content
from winterarc.db import content_version as version
from winterarc.db import migrate
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.problems import service as problems_service
from winterarc.problems.package_upload import upload_package
from winterarc.problems.schemas import ProblemCreate, ProblemUpdate
from winterarc.roadmap import catalogue
from winterarc.roadmap.catalogue import Catalogue

pytestmark = pytest.mark.anyio
Sessions = async_sessionmaker[AsyncSession]


@pytest.fixture
async def replica(database_url: str) -> AsyncIterator[Sessions]:
    """A second engine on the test's database: another API process."""
    engine = create_engine(database_url)
    yield create_sessionmaker(engine)
    await engine.dispose()


async def read(sessions: Sessions) -> Catalogue:
    async with sessions() as session:
        return await catalogue.current(session)


def slugs(found: Catalogue) -> set[str]:
    return {p.slug for p in found.problems.values()}


async def admin(sessions: Sessions) -> User:
    async with sessions() as session:
        user = User(username="admin", password_hash="x", role=Role.ADMIN)
        session.add(user)
        await session.commit()
        return user


async def test_a_content_sync_on_one_replica_is_read_by_the_other(
    sessionmaker: Sessions, replica: Sessions, tmp_path: Path
) -> None:
    before = await read(replica)
    assert before.problems == {}
    content = copy_content(tmp_path, ["sum-stdio", "ticket-code"])
    async with sessionmaker() as session:
        await sync_content(session, content)
        await session.commit()
    synced = await read(replica)
    assert synced.version != before.version
    assert slugs(synced) == {"sum-stdio", "ticket-code"}
    topic = "s1-w1-syntax-data-types"
    assert [p.slug for p in synced.problems_of(topic)] == ["sum-stdio", "ticket-code"]
    assert [w.id for w in synced.weeks][:2] == ["s1-w1", "s1-w3"]

    # A roadmap-only change: no package moved, the topic's title did.
    edit(content / "roadmap.yaml", "title: Syntax and data types", "title: Syntax, renamed")
    async with sessionmaker() as session:
        await sync_content(session, content)
        await session.commit()
    renamed = await read(replica)
    assert next(t.title for t in renamed.topics if t.id == topic) == "Syntax, renamed"


async def test_unchanged_reads_share_one_immutable_catalogue(
    sessionmaker: Sessions, replica: Sessions, tmp_path: Path
) -> None:
    async with sessionmaker() as session:
        await sync_content(session, copy_content(tmp_path, ["sum-stdio"]))
        await session.commit()
    first, again = await read(replica), await read(replica)
    assert first is again  # no rebuild while the stamp stands
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.version = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        first.problems[0] = first.problems[1]  # type: ignore[index]
    assert isinstance(first.topics, tuple) and isinstance(first.problems_of("x"), tuple)


async def test_the_problem_api_edits_are_read_by_the_other_replica(
    sessionmaker: Sessions, replica: Sessions
) -> None:
    author = await admin(sessionmaker)
    await read(replica)  # cached before every write below
    body = ProblemCreate(slug="pairs", title="Pairs", difficulty="easy", patterns=["greedy"])
    async with sessionmaker() as session:
        await problems_service.create_problem(session, author, body)
        await session.commit()
    created = await read(replica)
    (problem,) = created.problems.values()
    assert (problem.slug, problem.title, problem.patterns) == ("pairs", "Pairs", ("greedy",))

    change = ProblemUpdate(title="Pairs, harder", difficulty="hard", patterns=["two-pointers"])
    async with sessionmaker() as session:
        await problems_service.update_problem(session, author, "pairs", change)
        await session.commit()
    (problem,) = (await read(replica)).problems.values()
    assert (problem.title, problem.difficulty, problem.patterns) == (
        "Pairs, harder",
        "hard",
        ("two-pointers",),
    )

    async with sessionmaker() as session:
        await problems_service.delete_problem(session, author, "pairs")
        await session.commit()
    assert (await read(replica)).problems == {}


@pytest.mark.sandbox
@pytest.mark.slow
async def test_an_uploaded_package_is_read_by_the_other_replica(
    sessionmaker: Sessions, replica: Sessions, tmp_path: Path
) -> None:
    require_sandbox()
    async with sessionmaker() as session:
        await sync_content(session, copy_content(tmp_path, []))
        await session.commit()
    author = await admin(sessionmaker)
    assert (await read(replica)).problems == {}
    async with sessionmaker() as session:
        topics = {t.id for t in (await catalogue.current(session)).topics}
        report = await upload_package(
            session, author, package_zip(tmp_path), "ticket.zip", known_topics=topics
        )
        assert report.outcome == "added", report
        await session.commit()
    found = await read(replica)
    assert slugs(found) == {SLUG}
    assert [p.slug for p in found.problems_of("s1-w1-syntax-data-types")] == [SLUG]


async def test_a_rolled_back_write_never_passes_for_a_later_committed_one(
    sessionmaker: Sessions, replica: Sessions
) -> None:
    """The replica caches what it saw inside its own transaction, which then rolls back; a
    later write by the other replica must still be read (a counter would repeat the number)."""
    author = await admin(sessionmaker)
    async with replica() as session:
        draft = ProblemCreate(slug="draft", title="Draft", difficulty="easy")
        await problems_service.create_problem(session, author, draft)
        assert slugs(await catalogue.current(session)) == {"draft"}
        await session.rollback()
    async with sessionmaker() as session:
        kept = ProblemCreate(slug="kept", title="Kept", difficulty="easy")
        await problems_service.create_problem(session, author, kept)
        await session.commit()
    assert slugs(await read(replica)) == {"kept"}


async def test_engines_on_two_databases_keep_their_own_catalogue(
    sessionmaker: Sessions, tmp_path: Path
) -> None:
    """Even with the same stamp (forced here), another database's catalogue is never served."""
    other_url = f"sqlite+aiosqlite:///{tmp_path / 'other.db'}"
    await migrate.upgrade_async(other_url)
    other_engine = create_engine(other_url)
    other = create_sessionmaker(other_engine)
    try:
        author = await admin(sessionmaker)
        async with sessionmaker() as session:
            body = ProblemCreate(slug="here", title="Here", difficulty="easy")
            await problems_service.create_problem(session, author, body)
            await session.commit()
            stamp = await version.current(session)
        async with other() as session:
            await session.execute(update(version.ContentVersion).values(version=stamp))
            await session.commit()
        assert slugs(await read(sessionmaker)) == {"here"}
        assert slugs(await read(other)) == set()
    finally:
        await other_engine.dispose()
