# Caught by test_sample_event_envelope: occurred_at is a naive local time without an offset, which
# means a different instant on every server that reads it.
"""Order events: what happened, published once, to whoever is interested."""

import datetime
import re
import uuid
from collections.abc import Callable

Handler = Callable[[dict], None]  # type: ignore[type-arg]
MONEY = re.compile(r"^(\d+)(?:\.(\d{1,2}))?$")


def order_placed(order_id: str, total_cents: int, currency: str) -> dict:  # type: ignore[type-arg]
    return {
        "id": str(uuid.uuid4()),  # lets every consumer recognise a redelivery
        "type": "OrderPlaced",  # a fact, in the past tense
        "version": 2,  # the shape of data: consumers and upcasters go by it
        "occurred_at": datetime.datetime.now().isoformat(),  # the server's local time, no offset
        "data": {"order_id": order_id, "total_cents": total_cents, "currency": currency},
    }


def upcast(event: dict) -> dict:  # type: ignore[type-arg]
    """The same event in the current shape (a new dict; the stored event is never changed)."""
    if event["type"] != "OrderPlaced":
        return event
    version = event.get("version", 1)
    if version == 2:
        return event
    if version != 1:
        raise ValueError(f"unknown OrderPlaced version {version!r}")
    data = event["data"]
    return {
        **event,
        "version": 2,
        "data": {"order_id": data["order"], "total_cents": cents(data["total"]),
                 "currency": "EUR"},  # fmt: skip
    }


def cents(amount: str) -> int:
    """"12.5" -> 1250, exactly: money never goes through a float."""
    match = MONEY.match(amount)
    if match is None:
        raise ValueError(f"not an amount: {amount!r}")
    units, fraction = match.group(1), (match.group(2) or "").ljust(2, "0")
    return int(units) * 100 + int(fraction)


class EventBus:
    def __init__(self) -> None:
        self.subscribers: list[tuple[str, str, Handler]] = []
        self.done: set[tuple[str, str]] = set()  # (subscriber, event id) handled successfully

    def subscribe(self, event_type: str, name: str, handler: Handler) -> None:
        self.subscribers.append((event_type, name, handler))

    def publish(self, event: dict) -> dict:  # type: ignore[type-arg]
        event = upcast(event)
        delivered, failed = [], []
        for event_type, name, handler in self.subscribers:
            if event_type != event["type"] or (name, event["id"]) in self.done:
                continue  # not interested, or already handled this event (a redelivery)
            try:
                handler(event)
            except Exception:  # one subscriber's failure is not the others' problem
                failed.append(name)
            else:
                self.done.add((name, event["id"]))
                delivered.append(name)
        return {"delivered": delivered, "failed": failed}
