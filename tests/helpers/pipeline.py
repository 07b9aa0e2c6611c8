"""The submission pipeline from the outside: following a submission's live events."""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Callable
from typing import Any


async def follow_events(
    base_url: str,
    submission_id: str,
    headers: dict[str, str],
    *,
    seconds: float = 60.0,
    on_event: Callable[[dict[str, Any]], None] | None = None,
    tls: ssl.SSLContext | None = None,
) -> list[dict[str, Any]]:
    """Every event of the submission's WebSocket until the server closes it after `final`
    (over TLS when `base_url` is https://, trusting what `tls` trusts)."""
    from websockets.asyncio.client import connect

    # http:// -> ws://, https:// -> wss://
    ws_url = "ws" + base_url.removeprefix("http") + f"/api/v1/submissions/{submission_id}/events"
    options: dict[str, Any] = {"ssl": tls} if tls is not None else {}
    events: list[dict[str, Any]] = []
    async with (
        asyncio.timeout(seconds),
        connect(ws_url, additional_headers=headers, **options) as socket,
    ):
        async for message in socket:
            events.append(json.loads(message))
            if on_event is not None:
                on_event(events[-1])
    return events


def progress(events: list[dict[str, Any]]) -> list[str]:
    """The events as short labels, heartbeats left out: queued, running, test 1/5, final AC."""
    labels = []
    for event in events:
        kind = event["type"]
        if kind == "heartbeat":
            continue
        if kind == "test":
            labels.append(f"test {event['done']}/{event['total']}")
        elif kind == "final":
            labels.append(f"final {event['verdict']}")
        else:
            labels.append(kind)
    return labels


def expected_progress(tests: int, verdict: str = "AC") -> list[str]:
    return [
        "queued",
        "running",
        *[f"test {k}/{tests}" for k in range(1, tests + 1)],
        f"final {verdict}",
    ]


# A learner's solution that is slow on purpose (the sleep is the behaviour under test: it keeps
# the judgement in flight long enough to stop or kill a worker during it).
SLOW_SUM = """import sys, time
time.sleep(0.4)
data = sys.stdin.read().split()
print(sum(int(t) for t in data[1 : 1 + int(data[0])]))
"""
