"""The one migration history runs up and down on SQLite and PostgreSQL and matches the models."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import create_async_engine

from winterarc.db import migrate


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'migrations.db'}"
    factory: Callable[[str], str] = request.getfixturevalue("make_postgres_database")
    return factory("migrations")


def _tables(url: str) -> set[str]:
    async def read() -> set[str]:
        engine = create_async_engine(url)
        try:
            async with engine.connect() as connection:
                return set(await connection.run_sync(lambda c: inspect(c).get_table_names()))
        finally:
            await engine.dispose()

    return asyncio.run(read())


def test_upgrade_downgrade_upgrade_round_trip(empty_database: str) -> None:
    migrate.upgrade(empty_database)
    assert asyncio.run(migrate.current_revision(empty_database)) == migrate.head_revision()
    assert {
        "users",
        "refresh_tokens",
        "problems",
        "tags",
        "problem_tags",
        "submissions",
    } <= _tables(empty_database)
    migrate.downgrade(empty_database, "base")
    assert _tables(empty_database) <= {"alembic_version"}
    assert asyncio.run(migrate.current_revision(empty_database)) is None
    migrate.upgrade(empty_database)
    assert asyncio.run(migrate.current_revision(empty_database)) == migrate.head_revision()


def test_models_and_migrations_agree(empty_database: str) -> None:
    migrate.upgrade(empty_database)
    # Raises when autogenerate would produce operations: a model changed without a migration.
    command.check(migrate.alembic_config(empty_database))


def test_lab_problems_fit_the_migrated_schema(empty_database: str) -> None:
    """0005 widened the type constraint (SQLite rebuilds the table for it) and kept it a check."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    migrate.upgrade(empty_database)
    columns = (
        "slug, title, difficulty, type, checker, time_limit_ms, memory_limit_mb, statement, "
        "editorial, created_at, updated_at"
    )
    insert = text(
        f"INSERT INTO problems ({columns}) VALUES (:slug, 't', 'easy', :type, 'tokens', 1000, "
        "256, '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
    )

    async def attempt(slug: str, type_: str) -> None:
        engine = create_async_engine(empty_database)
        try:
            async with engine.begin() as connection:
                await connection.execute(insert, {"slug": slug, "type": type_})
        finally:
            await engine.dispose()

    asyncio.run(attempt("a-lab", "lab"))
    with pytest.raises(IntegrityError):
        asyncio.run(attempt("bogus", "bogus"))


def test_0014_backfills_stored_streaks_from_the_drill_history(empty_database: str) -> None:
    """Each learner with a drill gets the streaks /me computes: completed drill items on their
    own local days (pat is in UTC-8: a solve at 23:30 local is the next day in UTC)."""
    from datetime import UTC, date, datetime

    from sqlalchemy import select
    from sqlalchemy.ext.asyncio import AsyncSession

    from winterarc.auth.models import LearnerSettings, User
    from winterarc.daily.models import DailyDrill, LearnerStreak
    from winterarc.judge import Verdict
    from winterarc.problems.models import Problem
    from winterarc.submissions.models import Submission, SubmissionStatus

    migrate.upgrade(empty_database, "0013")
    items = [{"kind": "new", "target": "problem", "ref": "p", "title": "P", "reason": "new"}]

    async def seed() -> dict[str, int]:
        engine = create_async_engine(empty_database)
        try:
            async with AsyncSession(engine) as session:
                problem = Problem(slug="p", title="P", difficulty="easy")
                users = {
                    name: User(username=name, password_hash="x")
                    for name in ("ann", "pat", "idle", "new")
                }
                session.add_all([problem, *users.values()])
                await session.flush()
                ids = {name: user.id for name, user in users.items()}
                session.add(LearnerSettings(user_id=ids["pat"], time_zone="America/Los_Angeles"))
                drills = [("ann", date(2026, 11, d)) for d in (2, 3, 4)]
                drills += [("pat", date(2026, 12, 1)), ("idle", date(2026, 11, 2))]
                for name, day in drills:
                    session.add(DailyDrill(user_id=ids[name], day=day, items=items))
                solves = [("ann", datetime(2026, 11, d, 10, tzinfo=UTC)) for d in (2, 3)]
                solves.append(("pat", datetime(2026, 12, 2, 7, 30, tzinfo=UTC)))
                for name, at in solves:
                    session.add(
                        Submission(
                            user_id=ids[name],
                            problem_id=problem.id,
                            source="print(1)",
                            status=SubmissionStatus.DONE,
                            verdict=Verdict.AC,
                            created_at=at,
                            judged_at=at,
                        )
                    )
                await session.commit()
                return ids
        finally:
            await engine.dispose()

    async def stored() -> dict[int, tuple[int, int, date | None, datetime | None]]:
        engine = create_async_engine(empty_database)
        try:
            async with AsyncSession(engine) as session:
                rows = await session.scalars(select(LearnerStreak))
                return {r.user_id: (r.current, r.longest, r.last_day, r.alive_until) for r in rows}
        finally:
            await engine.dispose()

    ids = asyncio.run(seed())
    migrate.upgrade(empty_database)
    assert asyncio.run(stored()) == {
        # Alive until the start of their local day after the next (ann in UTC, pat in UTC-8).
        ids["ann"]: (2, 2, date(2026, 11, 3), datetime(2026, 11, 5, tzinfo=UTC)),
        ids["pat"]: (1, 1, date(2026, 12, 1), datetime(2026, 12, 3, 8, tzinfo=UTC)),
        ids["idle"]: (0, 0, None, None),
    }
    migrate.downgrade(empty_database, "0013")
    assert "learner_streaks" not in _tables(empty_database)


def test_0015_stamps_the_catalogue_version_and_drops_it_on_downgrade(empty_database: str) -> None:
    """The catalogue cache reads one row: there from the upgrade on, gone with the downgrade."""
    from sqlalchemy import text

    async def stamps() -> list[tuple[str, int]]:
        engine = create_async_engine(empty_database)
        try:
            async with engine.connect() as connection:
                rows = await connection.execute(text("SELECT name, version FROM content_versions"))
                return [(name, int(stamp)) for name, stamp in rows]
        finally:
            await engine.dispose()

    migrate.upgrade(empty_database, "0015")
    ((name, first),) = asyncio.run(stamps())
    assert name == "catalogue" and first > 0
    migrate.downgrade(empty_database, "0014")
    assert "content_versions" not in _tables(empty_database)
    migrate.upgrade(empty_database, "0015")
    ((_, second),) = asyncio.run(stamps())
    assert second != first  # a fresh stamp: no cache kept from before can pass for current
