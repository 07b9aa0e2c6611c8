"""Broker test data."""

from __future__ import annotations

from winterarc.broker.base import Message


def messages(*ids: str) -> list[Message]:
    """Messages with these ids, each carrying its id as `n`."""
    return [Message(i, {"n": i}) for i in ids]
