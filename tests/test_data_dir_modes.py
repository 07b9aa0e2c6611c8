"""The data directory and what Winter Arc writes in it are private to the server's user."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.app import app_client
from winterarc.settings import Environment, Settings, SettingsError, secure_data_dir

pytestmark = pytest.mark.anyio


@pytest.fixture
def shared_umask() -> Iterator[None]:
    """A umask that would make new files world-readable (0644), as on many hosts."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _embedded(data_dir: Path) -> Settings:
    return Settings(
        environment=Environment.EMBEDDED, data_dir=data_dir, sync_content_on_start=False
    )


async def test_a_new_data_dir_is_0700_and_its_files_0600(
    tmp_path: Path, shared_umask: None
) -> None:
    data_dir = tmp_path / "data"
    async with app_client(_embedded(data_dir)) as client:
        assert (await client.get("/api/v1/problems")).status_code == 200
        # A reader of its own keeps the WAL files in being (SQLite deletes them at last close).
        with contextlib.closing(sqlite3.connect(data_dir / "winterarc.db")) as reader:
            reader.execute("SELECT count(*) FROM users").fetchone()
            for name in ("winterarc.db", "winterarc.db-wal", "winterarc.db-shm", "jwt_secret"):
                assert _mode(data_dir / name) == 0o600, name
        assert _mode(data_dir) == 0o700


async def test_existing_readable_files_are_made_private_at_start(
    tmp_path: Path, shared_umask: None
) -> None:
    data_dir = tmp_path / "data"
    async with app_client(_embedded(data_dir)):
        pass
    (data_dir / "cache").mkdir(mode=0o755)
    (data_dir / "cache" / "tests.txt").write_text("hidden")
    data_dir.chmod(0o755)
    for path in (data_dir / "winterarc.db", data_dir / "jwt_secret", data_dir / "cache"):
        path.chmod(0o644 if path.is_file() else 0o755)
    (data_dir / "cache" / "tests.txt").chmod(0o644)
    async with app_client(_embedded(data_dir)):
        assert _mode(data_dir) == 0o700
        assert _mode(data_dir / "cache") == 0o700
        assert _mode(data_dir / "cache" / "tests.txt") == 0o600
        assert _mode(data_dir / "winterarc.db") == 0o600
        assert _mode(data_dir / "jwt_secret") == 0o600


def test_a_shared_folder_is_refused_as_the_data_dir(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    with pytest.raises(SettingsError, match="shared"):
        secure_data_dir(shared)
    assert _mode(shared) == 0o1777
