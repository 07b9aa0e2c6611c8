# Caught by test_sample_two_replicas_converge: one total merged by max is idempotent, but two
# replicas that counted at the same time keep only the larger count: increments are lost.
"""State-based CRDTs: replicas that accept writes on their own and always converge."""


def _amount(amount: int) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise ValueError(f"the amount must be a non-negative integer, not {amount!r}")
    return amount


class GCounter:
    """A grow-only counter: one entry per replica, each written by its replica only."""

    def __init__(self, replica_id: str) -> None:
        self.replica_id = replica_id
        self.counts: dict[str, int] = {}

        self.total = 0

    def increment(self, amount: int = 1) -> None:
        self.total += _amount(amount)

    def value(self) -> int:
        return self.total

    def state(self) -> dict[str, int]:
        return {"total": self.total}

    def merge(self, state: dict[str, int]) -> None:
        self.total = max(self.total, state["total"])  # idempotent, but loses concurrent work


class PNCounter:
    """Two grow-only counters: the value is increments minus decrements."""

    def __init__(self, replica_id: str) -> None:
        self.replica_id = replica_id
        self.up = GCounter(replica_id)
        self.down = GCounter(replica_id)

    def increment(self, amount: int = 1) -> None:
        self.up.increment(amount)

    def decrement(self, amount: int = 1) -> None:
        self.down.increment(amount)

    def value(self) -> int:
        return self.up.value() - self.down.value()

    def state(self) -> dict[str, dict[str, int]]:
        return {"p": self.up.state(), "n": self.down.state()}

    def merge(self, state: dict[str, dict[str, int]]) -> None:
        self.up.merge(state["p"])
        self.down.merge(state["n"])
