"""A deterministic simulation of N storage replicas behind a network (given, read-only).

Your coordinator talks to replica i only through `put` and `get`. The checks decide what the
network does: a replica is "up" (answers at once), "down" (answers nothing, receives nothing) or
"slow" (answers nothing in time; writes sent to it are queued and applied when the checks call
`deliver()`).
"""


class NoAnswer(Exception):
    """The replica did not answer in time (down, cut off, or slow)."""


class QuorumError(Exception):
    """For your store to raise: fewer replicas answered than the quorum needs."""


class Cluster:
    def __init__(self, n: int) -> None:
        self.n = n
        self.data: list[dict[str, tuple[int, str]]] = [{} for _ in range(n)]
        self.status = ["up"] * n
        self.queued: list[tuple[int, str, int, str]] = []
        self.clock = 0

    def next_version(self) -> int:
        """A new version number, larger than every one handed out before (a cluster clock)."""
        self.clock += 1
        return self.clock

    def put(self, replica: int, key: str, version: int, value: str) -> None:
        """Send a write to one replica; returns once it acknowledged. A replica keeps the
        highest version of a key: an older write is acknowledged and ignored. Raises NoAnswer
        when the replica is down (the write is lost) or slow (the write is applied later)."""
        if self.status[replica] == "down":
            raise NoAnswer(f"replica {replica} is down")
        if self.status[replica] == "slow":
            self.queued.append((replica, key, version, value))
            raise NoAnswer(f"replica {replica} did not answer in time")
        self._apply(replica, key, version, value)

    def get(self, replica: int, key: str) -> list[object] | None:
        """Ask one replica for its version of a key: [version, value], or None if it holds
        none. Raises NoAnswer when the replica is down or slow."""
        if self.status[replica] != "up":
            raise NoAnswer(f"replica {replica} did not answer")
        found = self.data[replica].get(key)
        return None if found is None else [found[0], found[1]]

    # -- the checks' side ------------------------------------------------------------------

    def set_status(self, replica: int, status: str) -> None:
        assert status in ("up", "down", "slow")
        self.status[replica] = status

    def deliver(self) -> None:
        """The network catches up: every queued write reaches its replica."""
        queued, self.queued = self.queued, []
        for replica, key, version, value in queued:
            self._apply(replica, key, version, value)

    def holding(self, replica: int, key: str) -> list[object] | None:
        found = self.data[replica].get(key)
        return None if found is None else [found[0], found[1]]

    def _apply(self, replica: int, key: str, version: int, value: str) -> None:
        current = self.data[replica].get(key)
        if current is None or version > current[0]:
            self.data[replica][key] = (version, value)
