"""Adding a message to the outbox inside the caller's transaction, and settling it."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.broker.base import Message
from winterarc.db.base import utcnow
from winterarc.kit.logs import current_request_id
from winterarc.outbox.models import OutboxEvent

SETTLED_CHANNEL = "outbox.settled"  # live-events channel: a fair-keyed message was settled


def add_message(
    session: AsyncSession, queue: str, message: Message, *, fair_key: str | None = None
) -> None:
    """Queue `message` for publishing once the caller's transaction commits; it carries the
    current request id, so the worker's log lines name the request that caused them.

    With `fair_key` (whose work it is), the relay holds the message back while that key already
    has its share of unsettled messages in the broker."""
    request_id = current_request_id()
    if request_id is not None:
        message = Message(message.id, {**message.body, "request_id": request_id})
    session.add(
        OutboxEvent(queue=queue, message_id=message.id, body=message.encode(), fair_key=fair_key)
    )


async def settle(session: AsyncSession, message_id: str) -> bool:
    """Mark the message's work finished (in the consumer's transaction that finished it): its
    key's next message may go. True when this call settled it."""
    result = await session.execute(
        update(OutboxEvent)
        .where(OutboxEvent.message_id == message_id, OutboxEvent.settled_at.is_(None))
        .values(settled_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0))
