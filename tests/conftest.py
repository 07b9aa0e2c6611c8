"""Shared fixtures: every database test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from tests.helpers.app import TEST_SECRET, app_client
from tests.helpers.content import copy_content
from tests.helpers.services import require_service, tcp_open
from winterarc.db import migrate
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.db.models import Base
from winterarc.settings import Settings

POSTGRES_URL = os.environ.get(
    "WINTERARC_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# Unique per test run: concurrent runs on one server (two checkouts, a developer and CI) must
# not drop each other's databases.
_RUN = secrets.token_hex(3)


def _worker() -> str:
    return f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{_RUN}"


async def _recreate_database(admin_url: str, name: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            await connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    url = make_url(POSTGRES_URL)
    if not tcp_open(url.host or "127.0.0.1", url.port or 5432):
        require_service("PostgreSQL", "start it or set WINTERARC_TEST_POSTGRES_URL")
    return POSTGRES_URL


@pytest.fixture(scope="session")
def make_postgres_database(postgres_server_url: str) -> Iterator[Callable[[str], str]]:
    """A factory for empty PostgreSQL databases private to this xdist worker."""
    created: list[str] = []

    def factory(suffix: str) -> str:
        name = f"winterarc_test_{_worker()}_{suffix}"
        asyncio.run(_recreate_database(postgres_server_url, name))
        created.append(name)
        return (
            make_url(postgres_server_url).set(database=name).render_as_string(hide_password=False)
        )

    yield factory
    for name in created:
        asyncio.run(_drop_database(postgres_server_url, name))


async def _drop_database(admin_url: str, name: str) -> None:
    engine = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def migrated_urls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(
    request: pytest.FixtureRequest,
    migrated_urls: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    """A migrated database on each backend, emptied after every test."""
    backend = request.param
    if backend not in migrated_urls:
        if backend == "sqlite":
            path = tmp_path_factory.mktemp("sqlite") / "winterarc.db"
            url = f"sqlite+aiosqlite:///{path}"
        else:
            url = request.getfixturevalue("make_postgres_database")("app")
        migrate.upgrade(url)
        migrated_urls[backend] = url
    url = migrated_urls[backend]
    yield url
    asyncio.run(_empty_tables(url))


async def _empty_tables(url: str) -> None:
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                names = ", ".join(t.name for t in Base.metadata.sorted_tables)
                await connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            else:
                for table in reversed(Base.metadata.sorted_tables):
                    await connection.execute(table.delete())
    finally:
        await engine.dispose()


@pytest.fixture
async def sessionmaker(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on the test's migrated database, without the app."""
    engine = create_engine(database_url)
    yield create_sessionmaker(engine)
    await engine.dispose()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path / "data",
        jwt_secret=TEST_SECRET,  # type: ignore[arg-type]
        refresh_reuse_grace_seconds=0,
        sync_content_on_start=False,
    )


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The app in process on the test's database, as an API client (or a browser)."""
    async with app_client(settings) as http:
        yield http


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """The fixture roadmap and quiz with the judge's fixture packages as the problem bank."""
    return copy_content(tmp_path)
