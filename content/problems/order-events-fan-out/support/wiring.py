"""How the checks wire the shop (given, read-only): your EventBus with three subscribers."""

from events import EventBus
from subscribers import Subscriber


class Shop:
    def __init__(self, failing: dict[str, int] | None = None) -> None:
        failing = failing or {}
        self.journal_: list[list[object]] = []
        self.bus = EventBus()
        mailer, loyalty, analytics = (
            Subscriber(name, self.journal_, failing.get(name, 0))
            for name in ("mailer", "loyalty", "analytics")
        )
        self.bus.subscribe("OrderPlaced", "mailer", mailer)
        self.bus.subscribe("OrderPlaced", "loyalty", loyalty)
        self.bus.subscribe("OrderPlaced", "analytics", analytics)
        self.bus.subscribe("OrderCancelled", "analytics", analytics)

    def publish(self, event: dict) -> dict:  # type: ignore[type-arg]
        return self.bus.publish(event)

    def journal(self) -> list[list[object]]:
        return self.journal_
