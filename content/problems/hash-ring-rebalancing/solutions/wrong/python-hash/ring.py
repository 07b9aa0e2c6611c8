# Caught by test_agrees_with_other_clients: Python's hash() of a string is salted per process
# (PYTHONHASHSEED), so two clients, or the same one after a restart, place keys differently.
"""A consistent-hash ring with virtual nodes and weights: the cache client's shard map."""

import bisect
import hashlib


def position(text: str) -> int:
    """The ring position of a string: the first 8 bytes of its MD5 digest, big-endian."""
    return hash(text) & 0xFFFF_FFFF_FFFF_FFFF  # salted per process: another client disagrees


class HashRing:
    def __init__(self, nodes: list[str] = (), vnodes: int = 100) -> None:  # type: ignore[assignment]
        if vnodes < 1:
            raise ValueError("vnodes must be at least 1")
        self.vnodes = vnodes
        self.weights: dict[str, int] = {}
        self.points: list[tuple[int, str]] = []  # (position, node), sorted
        for node in nodes:
            self.add_node(node)

    def add_node(self, node: str, weight: int = 1) -> None:
        if node in self.weights:
            raise ValueError(f"{node} is already on the ring")
        if weight < 1:
            raise ValueError("weight must be at least 1")
        self.weights[node] = weight
        for index in range(self.vnodes * weight):
            # Labelled by the node's own name: its points never depend on the other nodes.
            bisect.insort(self.points, (position(f"{node}#{index}"), node))

    def remove_node(self, node: str) -> None:
        if node not in self.weights:
            raise KeyError(node)
        del self.weights[node]
        self.points = [point for point in self.points if point[1] != node]

    def nodes(self) -> list[str]:
        return sorted(self.weights)

    def node_for(self, key: str) -> str | None:
        if not self.points:
            return None
        # The first point at or after the key's position (a tuple with "" sorts first among
        # equal positions), wrapping around to the start of the ring.
        index = bisect.bisect_left(self.points, (position(key), ""))
        return self.points[index % len(self.points)][1]

    def assign(self, keys: list[str]) -> list[str | None]:
        return [self.node_for(key) for key in keys]
