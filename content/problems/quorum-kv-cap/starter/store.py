"""A Dynamo-style replicated key-value store: writes to W replicas, reads from R."""

from cluster import Cluster, NoAnswer, QuorumError


class QuorumStore:
    def __init__(self, cluster: Cluster, r: int, w: int) -> None:
        self.cluster = cluster
        self.r = r
        self.w = w

    def put(self, key: str, value: str) -> int:
        # TODO: send the write to every replica and require W acknowledgements.
        version = self.cluster.next_version()
        self.cluster.put(0, key, version, value)
        return version

    def get(self, key: str) -> str | None:
        # TODO: read R replicas, return the newest version, repair the stale ones.
        found = self.cluster.get(0, key)
        return None if found is None else str(found[1])
