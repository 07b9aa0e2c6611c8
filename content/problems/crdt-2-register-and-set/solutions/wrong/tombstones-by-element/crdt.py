# Caught by test_set_remove_covers_only_observed_adds: removes tombstone the element instead of
# the adds this replica observed, so a remove beats adds it never saw (remove-wins).
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


class LWWRegister:
    """A register: concurrent writes are resolved by timestamp, ties by replica id."""

    def __init__(self, replica_id: str) -> None:
        self.replica_id = replica_id
        # (timestamp, writer's replica id, value): the larger (timestamp, writer) pair wins.
        self.current: tuple[int, str, str | None] = (-1, "", None)

    def set(self, value: str, timestamp: int) -> None:
        self._keep((timestamp, self.replica_id, value))

    def get(self) -> str | None:
        return self.current[2]

    def state(self) -> list[object]:
        return list(self.current)

    def merge(self, state: list[object]) -> None:
        timestamp, writer, value = state
        self._keep((int(timestamp), str(writer), value))  # type: ignore[arg-type, call-overload]

    def _keep(self, candidate: tuple[int, str, str | None]) -> None:
        # A total order on writes: every replica picks the same winner, whatever the order.
        if candidate[:2] > self.current[:2]:
            self.current = candidate


class ORSet:
    """A set where an add concurrent with a remove wins, and removed elements can come back.

    Every add makes a unique tag; remove retires the tags of the element that this replica has
    seen. An element is in the set while it has a tag that is not retired."""

    def __init__(self, replica_id: str) -> None:
        self.replica_id = replica_id
        self.adds: dict[str, set[str]] = {}  # element -> tags of its adds
        self.removed: set[str] = set()  # retired tags (tombstones)
        self.serial = 0

    def add(self, element: str) -> None:
        self.adds.setdefault(element, set()).add(element)
        self.removed.discard(element)  # a local re-add clears the local tombstone

    def remove(self, element: str) -> None:
        self.removed.add(element)  # the element is tombstoned, whichever adds were seen

    def contains(self, element: str) -> bool:
        return element in self.adds and element not in self.removed

    def elements(self) -> list[str]:
        return sorted(element for element in self.adds if self.contains(element))

    def state(self) -> dict[str, object]:
        return {
            "adds": {element: sorted(tags) for element, tags in self.adds.items()},
            "removed": sorted(self.removed),
        }

    def merge(self, state: dict[str, object]) -> None:
        for element, tags in state["adds"].items():  # type: ignore[attr-defined]
            self.adds.setdefault(element, set()).update(tags)
        self.removed.update(state["removed"])  # type: ignore[arg-type]
