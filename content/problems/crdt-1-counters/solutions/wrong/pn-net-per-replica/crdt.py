# Caught by test_pn_concurrent_decrements_converge: one net entry per replica merged by max,
# but a decrement makes the entry smaller, so the merge brings the old, larger value back.
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
            if count > self.counts.get(replica, 0):
                self.counts[replica] = count


class PNCounter:
    """Two grow-only counters: the value is increments minus decrements."""

    def __init__(self, replica_id: str) -> None:
        self.replica_id = replica_id
        self.net: dict[str, int] = {}  # one entry per replica: its increments minus decrements

    def increment(self, amount: int = 1) -> None:
        self.net[self.replica_id] = self.net.get(self.replica_id, 0) + _amount(amount)

    def decrement(self, amount: int = 1) -> None:
        self.net[self.replica_id] = self.net.get(self.replica_id, 0) - _amount(amount)

    def value(self) -> int:
        return sum(self.net.values())

    def state(self) -> dict[str, int]:
        return dict(self.net)

    def merge(self, state: dict[str, int]) -> None:
        for replica, count in state.items():  # max of a value that can go down
            if replica not in self.net or count > self.net[replica]:
                self.net[replica] = count
