"""Adding a message to the outbox, inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.broker.base import Message
from winterarc.outbox.models import OutboxEvent


def add_message(session: AsyncSession, queue: str, message: Message) -> None:
    """Queue `message` for publishing once the caller's transaction commits."""
    session.add(OutboxEvent(queue=queue, message_id=message.id, body=message.encode()))
