# Caught by test_verify_refuses_a_truncated_or_foreign_file: verify() runs the right checks but
# lets sqlite3.DatabaseError escape, so a damaged file crashes the drill instead of failing it.
"""Backups of the live bookshop database, and the drill that proves they restore."""

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
