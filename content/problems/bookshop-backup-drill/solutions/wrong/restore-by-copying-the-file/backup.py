# Caught by test_restore_brings_back_the_backup: the backup file is copied over shop.db, but the
# live database's WAL still holds newer pages, and every reader applies them on top.
"""Backups of the live bookshop database, and the drill that proves they restore."""

import shutil
import sqlite3

import shop


def backup(live_path: str, backup_path: str) -> None:
    """A consistent copy of the live database, taken while the shop keeps writing."""
    source = sqlite3.connect(live_path)
    try:
        target = sqlite3.connect(backup_path)
        try:
            # The backup API reads through SQLite (the WAL included) inside one read
            # transaction: a snapshot of the last commit, while writers carry on.
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


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
    shutil.copyfile(backup_path, live_path)
