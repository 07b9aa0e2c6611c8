"""Publishing to RabbitMQ fails as BrokerUnavailable, promptly, whatever the network does: a
loop that publishes (the outbox relay, the scheduler) must neither hang nor die of an outage."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from urllib.parse import urlsplit

import pytest

from tests.helpers.broker import messages
from tests.helpers.rabbitmq import RABBITMQ_HOST, RABBITMQ_PORT, private_vhost
from tests.helpers.tcp_proxy import tcp_proxy
from tests.helpers.waiting import eventually
from winterarc.broker.base import BrokerUnavailable, Message
from winterarc.broker.rabbitmq import RabbitBroker

pytestmark = pytest.mark.anyio
UNUSED_URL = "amqp://guest:guest@127.0.0.1:1/"


@pytest.mark.rabbitmq
async def test_a_broker_gone_silent_fails_the_publish_and_a_cut_connection_recovers() -> None:
    with private_vhost() as url:
        vhost = urlsplit(url).path
        async with tcp_proxy(RABBITMQ_HOST, RABBITMQ_PORT) as proxy:
            broker = RabbitBroker(
                f"amqp://guest:guest@127.0.0.1:{proxy.port}{vhost}",
                max_attempts=3,
                connect_timeout=1.0,
            )

            async def published(label: str) -> bool | None:
                try:
                    await broker.publish("judge", messages(label))
                except BrokerUnavailable:
                    return None
                return True

            try:
                # The 3 s deadline is short for a loaded machine: only the silent broker must
                # fail, so a slow first connection is retried.
                await eventually(lambda: published("before"), seconds=120, every=0.2)
                proxy.silence()  # the TCP connection stays open; nothing comes back on it
                with pytest.raises(BrokerUnavailable):
                    # A queue not declared yet: the declaration waits for an answer too. The
                    # publish's own deadline is 3 s; this bound only turns a hang into a
                    # failure instead of a stuck suite.
                    async with asyncio.timeout(60):
                        await broker.publish("jobs", messages("unanswered"))
                proxy.cut()
                await eventually(lambda: published("after"), seconds=120, every=0.2)
            finally:
                await broker.close()


class _ChannelClosedUnderPublish(RabbitBroker):
    async def _publish(self, queue: str, messages: Sequence[Message]) -> None:
        # What aiormq does to an awaited confirm when the broker closes the channel under it.
        raise asyncio.CancelledError


async def test_a_channel_closed_under_a_publish_is_broker_unavailable() -> None:
    broker = _ChannelClosedUnderPublish(UNUSED_URL, max_attempts=3)
    with pytest.raises(BrokerUnavailable, match="closed the channel"):
        await broker.publish("judge", messages("a"))


class _Unanswered(RabbitBroker):
    def __init__(self) -> None:
        super().__init__(UNUSED_URL, max_attempts=3, connect_timeout=3600)
        self.started = asyncio.Event()

    async def _publish(self, queue: str, messages: Sequence[Message]) -> None:
        self.started.set()
        await asyncio.Event().wait()


async def test_a_caller_cancelled_during_a_publish_stays_cancelled() -> None:
    broker = _Unanswered()
    publishing = asyncio.create_task(broker.publish("judge", messages("a")))
    await broker.started.wait()
    publishing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await publishing
    assert publishing.cancelled()
