"""The catalogue's filtered list is served by indexes on PostgreSQL, not by scanning the table."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import create_async_engine

from winterarc.db import migrate
from winterarc.problems.repository import ProblemFilters, filtered_problems, ordered_problems

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]

SEED = """
INSERT INTO problems (slug, title, difficulty, type, checker, time_limit_ms, memory_limit_mb,
                      statement, editorial, created_at, updated_at)
SELECT 'p-' || i, 'Problem ' || i, (ARRAY['easy','medium','hard'])[1 + i % 3], 'stdio', 'tokens',
       1000, 256, 'statement', '', now(), now()
FROM generate_series(1, 10000) AS i;
INSERT INTO tags (kind, name) SELECT 'tag', 'tag-' || i FROM generate_series(0, 49) AS i;
INSERT INTO problem_tags (problem_id, tag_id)
SELECT p.id, t.id FROM problems p JOIN tags t ON t.name = 'tag-' || (p.id % 50)
UNION
SELECT p.id, t.id FROM problems p JOIN tags t ON t.name = 'tag-' || ((p.id * 7) % 50);
ANALYZE problems;
ANALYZE tags;
ANALYZE problem_tags;
"""


@pytest.fixture
def postgres_database(make_postgres_database: Callable[[str], str]) -> str:
    url = make_postgres_database("explain")
    migrate.upgrade(url)
    return url


async def test_difficulty_and_tag_filter_uses_indexes(postgres_database: str) -> None:
    engine = create_async_engine(postgres_database)
    try:
        async with engine.begin() as connection:
            for statement in SEED.strip().split(";\n"):
                if statement.strip():
                    await connection.execute(text(statement))
        filters = ProblemFilters(difficulties=("hard",), tags=("tag-7",))
        query = ordered_problems(filters).limit(20)
        sql = str(
            query.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
        )
        async with engine.connect() as connection:
            plan = "\n".join(row[0] for row in await connection.execute(text(f"EXPLAIN {sql}")))
            count_sql = str(
                select(func.count())
                .select_from(filtered_problems(filters).subquery())
                .compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
            )
            count_plan = "\n".join(
                row[0] for row in await connection.execute(text(f"EXPLAIN {count_sql}"))
            )
    finally:
        await engine.dispose()
    for shown in (plan, count_plan):
        assert "Seq Scan on problems" not in shown, shown
        assert "Seq Scan on problem_tags" not in shown, shown
        assert "Index" in shown, shown
