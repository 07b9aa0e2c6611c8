"""Leaderboard benchmark: reading boards with 10,000 learners and 1,000,000 submissions.

Run: .venv/bin/python bench/leaderboard.py [--learners 10000] [--submissions 1000000]
     [--reads 300] [--cold-reads 40] [--keep]

Creates a throwaway PostgreSQL database next to WINTERARC_TEST_POSTGRES_URL (default
postgresql+asyncpg://postgres@127.0.0.1:5432/test), migrates it, and seeds it in SQL
(generate_series, no row crosses the wire): 300 problems (a third each easy, medium, hard),
the learners (5 % opted out of leaderboards), and the submissions over the last 8 weeks, a few
learners submitting much more than most (45 % accepted). The leaderboard tables are then filled
by the same aggregation the migration's backfill uses, which gives what the judge workers'
incremental updates would have left; VACUUM ANALYZE follows.

Measured in one run, reading through the service the API uses (`leaderboards.service.board`:
the top 50, the viewer's own line and their rank when outside the top), for a random learner:
- baseline: a plain primary-key read of one user (`session.get(User, id)`);
- warm: one engine and pool, many reads (statement caches warm);
- cold: every read on a new engine and connection: no pooled connection, no SQLAlchemy compiled
  cache, no asyncpg prepared statement. PostgreSQL's shared buffers and the OS page cache cannot
  be emptied without restarting the server, so the cold figure is the process-cold read, not a
  disk read; the buffers the plan touches are shown by EXPLAIN (ANALYZE, BUFFERS).
p50 and p95 in ms, and each p50's ratio to the baseline's p50. Targets: p95 under 50 ms warm
and under 500 ms cold.
Also for a random learner, through the service `/api/v1/me/daily` uses: today's drill on its
first look of the day (built from the learner's history and stored), read again the same day,
and the streak rankings, this week's (current streaks) and all time (longest), over the stored
streaks of the learners who drilled (the viewers of the drill reads). Target: the drill for one
learner under 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from measure import percentile
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.pool import NullPool

from winterarc.auth.models import User
from winterarc.daily import service as daily_service
from winterarc.db import migrate
from winterarc.db.engine import create_engine
from winterarc.leaderboards import service
from winterarc.leaderboards.schemas import Ranking, Window

SERVER = os.environ.get(
    "WINTERARC_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)
WARM_TARGET_MS, COLD_TARGET_MS = 50.0, 500.0
PROBLEMS = 300

SEED = [
    """INSERT INTO problems (slug, title, difficulty, type, checker, time_limit_ms,
           memory_limit_mb, statement, editorial, created_at, updated_at)
       SELECT 'p' || i, 'Problem ' || i, (ARRAY['easy', 'medium', 'hard'])[1 + i % 3], 'stdio',
              'tokens', 1000, 256, '', '', now(), now()
       FROM generate_series(1, {problems}) AS i""",
    """INSERT INTO users (username, password_hash, role, is_active, created_at, updated_at)
       SELECT 'learner' || i, 'x', 'learner', true, now(), now()
       FROM generate_series(1, {learners}) AS i""",
    """INSERT INTO user_preferences (user_id, hide_difficulty, leaderboard_opt_out)
       SELECT id, false, true FROM users WHERE id % 20 = 0""",
    # Skewed activity: user = 1 + floor(r^2 * n) puts more submissions on low ids.
    """INSERT INTO submissions (id, user_id, problem_id, language, source, status, verdict,
           created_at, judged_at, shared)
       SELECT gen_random_uuid(), 1 + floor(power(random(), 2) * {learners})::int,
              1 + floor(random() * {problems})::int, 'python', 'print(1)', 'done',
              CASE WHEN random() < 0.45 THEN 'AC' ELSE 'WA' END, at, at + interval '2 seconds',
              false
       FROM (SELECT now() - random() * interval '56 days' AS at
             FROM generate_series(1, {submissions})) AS moments""",
    """INSERT INTO leaderboard_solves (user_id, problem_id, points, solved_at)
       SELECT s.user_id, s.problem_id,
              CASE p.difficulty WHEN 'hard' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END,
              MIN(s.judged_at)
       FROM submissions s JOIN problems p ON p.id = s.problem_id
       WHERE s.verdict = 'AC' GROUP BY s.user_id, s.problem_id, p.difficulty""",
    """INSERT INTO leaderboard_scores (user_id, period, score, solved)
       SELECT user_id, 'all', SUM(points), COUNT(*) FROM leaderboard_solves GROUP BY user_id""",
    """INSERT INTO leaderboard_scores (user_id, period, score, solved)
       SELECT user_id, to_char(date_trunc('week', solved_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD'),
              SUM(points), COUNT(*)
       FROM leaderboard_solves GROUP BY 1, 2""",
]


async def _admin(sql: str) -> None:
    engine = create_async_engine(SERVER, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    async with engine.connect() as connection:
        await connection.execute(text(sql))
    await engine.dispose()


async def seed(url: str, learners: int, submissions: int) -> None:
    engine = create_async_engine(url, poolclass=NullPool)
    sizes = {"learners": learners, "submissions": submissions, "problems": PROBLEMS}
    for statement in SEED:
        started = time.perf_counter()
        async with engine.begin() as connection:
            await connection.execute(text(statement.format(**sizes)))
        print(f"  {statement.split()[2]:<20} {time.perf_counter() - started:6.1f} s")
    await engine.dispose()
    vacuum = create_async_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    async with vacuum.connect() as connection:
        await connection.execute(text("VACUUM ANALYZE"))
    await vacuum.dispose()


def _summary(name: str, samples: list[float], baseline: float | None, target: float | None) -> str:
    p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
    ratio = f"{p50 / baseline:7.1f}x" if baseline else "       "
    verdict = "" if target is None else ("  ok" if p95 < target else f"  OVER {target:.0f} ms")
    return f"  {name:<34} p50 {p50:8.2f} ms   p95 {p95:8.2f} ms  {ratio}{verdict}"


Read = Callable[[AsyncSession, User], Awaitable[object]]


def _board(window: Window, ranking: Ranking = "points") -> Read:
    async def read(session: AsyncSession, viewer: User) -> object:
        now = datetime.now(UTC)
        return await service.board(session, viewer, now=now, window=window, ranking=ranking)

    return read


def _drill() -> Read:
    async def read(session: AsyncSession, viewer: User) -> object:
        drill = await daily_service.today(session, viewer, lambda: datetime.now(UTC))
        await session.commit()  # a first look stores the day's drill, as the API does
        return drill

    return read


async def _baseline(session: AsyncSession, viewer: User) -> object:
    return await session.get(User, viewer.id, populate_existing=True)


async def _users(engine: AsyncEngine, count: int) -> list[User]:
    async with AsyncSession(engine, expire_on_commit=False) as session:
        ids = list((await session.scalars(text("SELECT id FROM users"))).all())
        chosen = random.Random(12).sample(ids, count)
        return [u for u in [await session.get(User, i) for i in chosen] if u is not None]


async def warm(engine: AsyncEngine, read: Read, viewers: list[User]) -> list[float]:
    samples = []
    async with AsyncSession(engine, expire_on_commit=False) as session:
        await read(session, viewers[0])  # the first read of the run is not "warm"
        for viewer in viewers:
            started = time.perf_counter()
            await read(session, viewer)
            samples.append((time.perf_counter() - started) * 1000)
            await session.rollback()
    return samples


async def cold(url: str, read: Read, viewers: list[User]) -> tuple[list[float], list[float]]:
    samples, connects = [], []
    for viewer in viewers:
        engine = create_engine(url)
        started = time.perf_counter()
        async with AsyncSession(engine) as session:
            await session.connection()
            connected = time.perf_counter()
            await read(session, viewer)
            samples.append((time.perf_counter() - connected) * 1000)
            connects.append((connected - started) * 1000)
        await engine.dispose()
    return samples, connects


async def explain(engine: AsyncEngine) -> None:
    """The plans of the board's two queries for a mid-table learner, on a fresh connection."""
    async with engine.connect() as connection:
        me = (
            await connection.execute(
                text(
                    "SELECT user_id, score FROM leaderboard_scores WHERE period = 'all' "
                    "ORDER BY score DESC LIMIT 1 OFFSET "
                    "(SELECT count(*) / 3 FROM leaderboard_scores WHERE period = 'all')"
                )
            )
        ).one()
        visible = (
            "s.period = 'all' AND s.score > 0 AND NOT EXISTS (SELECT 1 FROM user_preferences p "
            "WHERE p.user_id = s.user_id AND p.leaderboard_opt_out)"
        )
        queries = {
            "top 50": "SELECT s.user_id, u.username, u.display_name, s.score, s.solved "
            "FROM leaderboard_scores s JOIN users u ON u.id = s.user_id AND u.is_active "
            f"WHERE {visible} ORDER BY s.score DESC, s.user_id LIMIT 50",
            "own rank": "SELECT count(*) FROM leaderboard_scores s WHERE NOT EXISTS (SELECT 1 "
            f"FROM users u WHERE u.id = s.user_id AND NOT u.is_active) AND {visible} AND "
            f"s.score >= {me.score} AND "
            f"(s.score > {me.score} OR "
            f"(s.score = {me.score} AND s.user_id < {me.user_id}))",
        }
        for name, query in queries.items():
            plan = await connection.execute(text(f"EXPLAIN (ANALYZE, BUFFERS) {query}"))
            print(f"\nEXPLAIN (ANALYZE, BUFFERS), {name} (cold connection):")
            for (line,) in plan:
                print(f"  {line}")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--submissions", type=int, default=1_000_000)
    parser.add_argument("--reads", type=int, default=300)
    parser.add_argument("--cold-reads", type=int, default=40)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()

    name = f"winterarc_bench_leaderboard_{uuid.uuid4().hex[:8]}"
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    await _admin(f'CREATE DATABASE "{name}"')
    try:
        print(f"database {name}: migrating and seeding")
        await asyncio.to_thread(migrate.upgrade, url)
        started = time.perf_counter()
        await seed(url, args.learners, args.submissions)
        print(f"  seeded in {time.perf_counter() - started:.1f} s")
        engine = create_engine(url)
        viewers = await _users(engine, args.reads)
        reads: dict[str, Read] = {
            "baseline: user by primary key": _baseline,
            "leaderboard all-time (+ own rank)": _board("all"),
            "leaderboard this week (+ own rank)": _board("week"),
        }
        print(f"\n{args.learners} learners, {args.submissions} submissions, warm ({args.reads}"
              " reads each):")  # fmt: skip
        base = None
        for label, read in reads.items():
            samples = await warm(engine, read, viewers)
            base = base or percentile(samples, 0.5)
            target = None if label.startswith("baseline") else WARM_TARGET_MS
            print(_summary(label, samples, base, target))
        drills: dict[str, Read] = {
            "drill: first look of the day": _drill(),
            "drill: read again the same day": _drill(),
        }
        for label, read in drills.items():
            print(_summary(label, await warm(engine, read, viewers), base, WARM_TARGET_MS))
        reads["drill: read again the same day"] = _drill()
        # The drills above stored the viewers' streaks (learner_streaks), which these boards read.
        for window, label in (("week", "current"), ("all", "longest")):
            streak = _board(window, ranking="streak")
            samples = await warm(engine, streak, viewers)
            print(_summary(f"streak ranking ({label})", samples, base, WARM_TARGET_MS))
        await engine.dispose()

        print(f"\ncold: a new engine and connection per read ({args.cold_reads} reads each):")
        cold_base = None
        connects: list[float] = []
        for label, read in reads.items():
            samples, connect = await cold(url, read, viewers[: args.cold_reads])
            connects += connect
            cold_base = cold_base or percentile(samples, 0.5)
            target = None if label.startswith("baseline") else COLD_TARGET_MS
            print(_summary(label, samples, cold_base, target))
        print(_summary("(connecting, not counted above)", connects, None, None))

        fresh = create_engine(url)
        await explain(fresh)
        await fresh.dispose()
    finally:
        if not args.keep:
            await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
