"""Durable queues behind one interface: the database table (embedded) or RabbitMQ."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.broker.base import (
    JOBS_QUEUE,
    JUDGE_QUEUE,
    Broker,
    BrokerUnavailable,
    Delivery,
    Handler,
    Message,
    dead_letter_queue,
)
from winterarc.settings import Settings

__all__ = [
    "JOBS_QUEUE",
    "JUDGE_QUEUE",
    "Broker",
    "BrokerUnavailable",
    "Delivery",
    "Handler",
    "Message",
    "create_broker",
    "dead_letter_queue",
]


def create_broker(settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]) -> Broker:
    """The backend WINTERARC_BROKER_URL names: `database` or an amqp:// URL."""
    if settings.broker_url == "database":
        from winterarc.broker.database import DatabaseBroker

        return DatabaseBroker(
            sessionmaker,
            max_attempts=settings.judge_max_attempts,
            lease_seconds=settings.judge_lease_seconds,
            poll_seconds=settings.idle_poll_seconds,
        )
    from winterarc.broker.rabbitmq import RabbitBroker

    return RabbitBroker(settings.broker_url, max_attempts=settings.judge_max_attempts)
