# Caught by test_compensations_run_in_reverse_order: the undos run in the order the steps ran
# (release before refund), not last-done-first.
"""The order saga: reserve stock, charge the card, schedule shipping, or undo what was done."""

from collections.abc import Callable

from participants import CompensationFailed, Declined, Unavailable

COMPENSATION_ATTEMPTS = 10


class OrderSaga:
    def __init__(self, inventory, payments, shipping, max_attempts: int = 3) -> None:  # type: ignore[no-untyped-def]
        self.max_attempts = max_attempts
        # Each step with the undo that cancels it (both take the order id).
        self.steps: list[tuple[str, Callable[[dict], None], Callable[[str], None]]] = [  # type: ignore[type-arg]
            ("reserve", lambda o: inventory.reserve(o["id"], o["items"]), inventory.release),
            ("charge", lambda o: payments.charge(o["id"], o["amount"]), payments.refund),
            ("schedule", lambda o: shipping.schedule(o["id"], o["address"]), shipping.cancel),
        ]

    def run(self, order: dict) -> dict:  # type: ignore[type-arg]
        order_id = order["id"]
        to_undo: list[Callable[[str], None]] = []  # steps that happened, or may have
        for name, action, undo in self.steps:
            try:
                self._attempt(lambda: action(order))
            except Declined:
                reason = "declined"  # nothing happened: nothing of this step to undo
            except Unavailable:
                reason = "unavailable"
                to_undo.append(undo)  # unknown outcome: it may have happened, so undo it too
            else:
                to_undo.append(undo)
                continue
            for compensate in to_undo:  # in the order the steps ran
                self._compensate(compensate, order_id)
            return {"order_id": order_id, "status": "compensated", "failed_step": name,
                    "reason": reason}  # fmt: skip
        return {"order_id": order_id, "status": "completed"}

    def _attempt(self, call: Callable[[], None]) -> None:
        for attempt in range(1, self.max_attempts + 1):
            try:
                return call()
            except Unavailable:
                if attempt == self.max_attempts:
                    raise

    def _compensate(self, undo: Callable[[str], None], order_id: str) -> None:
        for _ in range(COMPENSATION_ATTEMPTS):
            try:
                return undo(order_id)
            except Unavailable:
                continue  # an undo must happen: keep trying (safe, undos are idempotent)
        raise CompensationFailed(f"could not undo for order {order_id}")
