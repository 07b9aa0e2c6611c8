"""Order events: what happened, published once, to whoever is interested."""

import datetime
import uuid


def order_placed(order_id: str, total_cents: int, currency: str) -> dict:  # type: ignore[type-arg]
    # TODO: a complete v2 envelope (see the statement).
    return {"type": "OrderPlaced", "data": {"order_id": order_id, "total_cents": total_cents}}


def upcast(event: dict) -> dict:  # type: ignore[type-arg]
    # TODO: turn an OrderPlaced v1 into a v2.
    return event


class EventBus:
    def __init__(self) -> None:
        self.subscribers: list[tuple[str, str, object]] = []

    def subscribe(self, event_type: str, name: str, handler) -> None:  # type: ignore[no-untyped-def]
        self.subscribers.append((event_type, name, handler))

    def publish(self, event: dict) -> dict:  # type: ignore[type-arg]
        delivered = []
        for event_type, name, handler in self.subscribers:
            if event_type == event["type"]:
                handler(event)  # type: ignore[operator]
                delivered.append(name)
        return {"delivered": delivered, "failed": []}
