# Caught by test_duplicate_delivery_changes_nothing: merge adds the other replica's counts to
# its own copy, so a message the network delivers twice is counted twice (not idempotent).
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

    def increment(self, amount: int = 1) -> None:
        mine = self.counts.get(self.replica_id, 0)
        self.counts[self.replica_id] = mine + _amount(amount)

    def value(self) -> int:
        return sum(self.counts.values())

    def state(self) -> dict[str, int]:
        return dict(self.counts)

    def merge(self, state: dict[str, int]) -> None:
        # Entry-wise max: commutative, associative, idempotent. An entry only ever grows, so
        # the larger one has seen every increment the smaller one has.
        for replica, count in state.items():
            if replica != self.replica_id:
                self.counts[replica] = self.counts.get(replica, 0) + count  # adds it again


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
