"""How the checks drive your QuorumStore (given, read-only): one simulated cluster, one store."""

from cluster import Cluster
from store import QuorumStore


class Lab:
    def __init__(self, n: int, r: int, w: int) -> None:
        self.cluster = Cluster(n)
        self.store = QuorumStore(self.cluster, r, w)

    def put(self, key: str, value: str) -> int:
        return self.store.put(key, value)

    def get(self, key: str) -> str | None:
        return self.store.get(key)

    def set_status(self, replica: int, status: str) -> None:
        self.cluster.set_status(replica, status)

    def deliver(self) -> None:
        self.cluster.deliver()

    def holding(self, replica: int, key: str) -> list[object] | None:
        return self.cluster.holding(replica, key)
