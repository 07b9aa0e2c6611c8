"""Adding a message to the outbox, inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.broker.base import Message
from winterarc.kit.logs import current_request_id
from winterarc.outbox.models import OutboxEvent


def add_message(session: AsyncSession, queue: str, message: Message) -> None:
    """Queue `message` for publishing once the caller's transaction commits; it carries the
    current request id, so the worker's log lines name the request that caused them."""
    request_id = current_request_id()
    if request_id is not None:
        message = Message(message.id, {**message.body, "request_id": request_id})
    session.add(OutboxEvent(queue=queue, message_id=message.id, body=message.encode()))
