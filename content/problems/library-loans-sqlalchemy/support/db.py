"""Given (read-only): the library's database, and a counter of the SQL statements it runs.

The database is a fresh SQLite file for every process, reached through SQLAlchemy; in
production this would be `create_engine("postgresql+psycopg://...")` and nothing else in your
code would change. The checks call `rows()` and `query_count()` in your process (through the
judge's channel), so what they count and see is what your code did.
"""

import os
import tempfile

from sqlalchemy import create_engine, event

PATH = os.path.join(tempfile.mkdtemp(prefix="library-"), "library.db")
engine = create_engine(f"sqlite+pysqlite:///{PATH}")

_statements: list[str] = []


@event.listens_for(engine, "connect")
def _foreign_keys_on(dbapi_connection, _record):
    # SQLite ignores REFERENCES unless asked; PostgreSQL always enforces them.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


@event.listens_for(engine, "before_cursor_execute")
def _count(conn, cursor, statement, parameters, context, executemany):
    _statements.append(statement)


def query_count() -> int:
    """How many SQL statements ran since the last reset_query_count()."""
    return len(_statements)


def statements() -> list[str]:
    """The SQL statements since the last reset, in order (for messages)."""
    return list(_statements)


def reset_query_count() -> None:
    _statements.clear()


def rows(sql: str) -> list[list]:
    """Run `sql` on a connection of its own and return the rows: only committed data shows.
    (Used by the checks; the statements it runs are not counted.)"""
    mark = len(_statements)
    with engine.connect() as connection:
        result = [list(row) for row in connection.exec_driver_sql(sql)]
    del _statements[mark:]
    return result
