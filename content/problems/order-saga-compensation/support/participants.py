"""The three services an order touches (given, read-only), as the saga sees them.

Every operation takes the order id and is idempotent on the service's side: doing it twice
does it once, and undoing something that never happened changes nothing.

    inventory.reserve(order_id, items)    undo: inventory.release(order_id)
    payments.charge(order_id, amount)     undo: payments.refund(order_id)
    shipping.schedule(order_id, address)  undo: shipping.cancel(order_id)

An operation returns None, or raises
    Declined     a definitive "no": nothing happened (only the three steps raise it), or
    Unavailable  no answer: it may or may not have happened (any operation may raise it).
"""


class Declined(Exception):
    """The service refused the step: nothing happened. Retrying will not change the answer."""


class Unavailable(Exception):
    """The service did not answer. The operation may or may not have taken effect."""


class CompensationFailed(Exception):
    """For your saga to raise when an undo still fails after all its attempts."""


class _Service:
    """A service whose answers the checks script: each operation takes its fates in turn from
    `script[name]` ("ok", "declined", "unavailable": nothing done, "lost": done, but the answer
    is lost and Unavailable raised); once the script runs out, every call is "ok"."""

    def __init__(self, name: str, script: dict[str, list[str]], journal: list[list[str]]):
        self.name = name
        self.script = script
        self.journal = journal

    def _fate(self, operation: str, order_id: str) -> str:
        queue = self.script.get(f"{self.name}.{operation}", [])
        fate = queue.pop(0) if queue else "ok"
        self.journal.append([f"{self.name}.{operation}", order_id, fate])
        return fate

    def _run(self, operation: str, order_id: str, effect) -> None:  # type: ignore[no-untyped-def]
        fate = self._fate(operation, order_id)
        if fate == "declined":
            raise Declined(f"{self.name}.{operation} declined order {order_id}")
        if fate == "unavailable":
            raise Unavailable(f"{self.name}.{operation}: no answer")
        effect()
        if fate == "lost":
            raise Unavailable(f"{self.name}.{operation}: no answer")


class Inventory(_Service):
    def __init__(self, script: dict[str, list[str]], journal: list[list[str]]) -> None:
        super().__init__("inventory", script, journal)
        self.held: dict[str, list[str]] = {}

    def reserve(self, order_id: str, items: list[str]) -> None:
        self._run("reserve", order_id, lambda: self.held.__setitem__(order_id, list(items)))

    def release(self, order_id: str) -> None:
        self._run("release", order_id, lambda: self.held.pop(order_id, None))


class Payments(_Service):
    def __init__(self, script: dict[str, list[str]], journal: list[list[str]]) -> None:
        super().__init__("payments", script, journal)
        self.charged: dict[str, int] = {}

    def charge(self, order_id: str, amount: int) -> None:
        self._run("charge", order_id, lambda: self.charged.__setitem__(order_id, amount))

    def refund(self, order_id: str) -> None:
        self._run("refund", order_id, lambda: self.charged.pop(order_id, None))


class Shipping(_Service):
    def __init__(self, script: dict[str, list[str]], journal: list[list[str]]) -> None:
        super().__init__("shipping", script, journal)
        self.scheduled: dict[str, str] = {}

    def schedule(self, order_id: str, address: str) -> None:
        self._run("schedule", order_id, lambda: self.scheduled.__setitem__(order_id, address))

    def cancel(self, order_id: str) -> None:
        self._run("cancel", order_id, lambda: self.scheduled.pop(order_id, None))
