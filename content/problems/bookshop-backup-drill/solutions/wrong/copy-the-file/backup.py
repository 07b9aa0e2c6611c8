# Caught by test_sample_backup_holds_every_committed_order: copying shop.db misses every commit
# still in shop.db-wal (the shop checkpoints at night), so the backup is hours old or empty.
"""Backups of the live bookshop database, and the drill that proves they restore."""

import shutil
import sqlite3

import shop


def backup(live_path: str, backup_path: str) -> None:
    """A consistent copy of the live database, taken while the shop keeps writing."""
    shutil.copyfile(live_path, backup_path)


def verify(backup_path: str) -> bool:
    """True only for a backup that opens, is intact and keeps the shop's rules."""
    try:
        # mode=rw: a missing file is an error, not a new empty database.
        connection = sqlite3.connect(f"file:{backup_path}?mode=rw", uri=True)
    except sqlite3.Error:
        return False
    try:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return False
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            return False
        return shop.consistent(connection)
    except sqlite3.DatabaseError:  # not a database, truncated, malformed
        return False
    finally:
        connection.close()


def restore(backup_path: str, live_path: str) -> None:
    """Replace the live database's content with a verified backup."""
    if not verify(backup_path):
        raise ValueError(f"{backup_path} is not a good backup: refusing to restore it")
    source = sqlite3.connect(backup_path)
    try:
        target = sqlite3.connect(live_path, timeout=10)
        try:
            # Written through the live database's own pager: its WAL and every connection
            # still open on it see the restored pages (a file copy would be undone by the WAL).
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
