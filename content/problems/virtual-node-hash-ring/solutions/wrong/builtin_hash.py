from bisect import bisect_left
from typing import Optional


class HashRing:
    """Uses Python's hash(): salted per process (PYTHONHASHSEED), so placements are random."""

    def __init__(self, vnodes: int) -> None:
        self.vnodes = vnodes
        self.ring: list[tuple[int, str]] = []
        self.members: set[str] = set()

    def add_node(self, node: str) -> bool:
        if node in self.members:
            return False
        self.members.add(node)
        points = [(hash(f"{node}#{i}") & 0xFFFFFFFF, node) for i in range(self.vnodes)]
        self.ring = sorted(self.ring + points)
        return True

    def remove_node(self, node: str) -> bool:
        if node not in self.members:
            return False
        self.members.remove(node)
        self.ring = [p for p in self.ring if p[1] != node]
        return True

    def lookup(self, key: str) -> Optional[str]:
        if not self.ring:
            return None
        i = bisect_left(self.ring, (hash(key) & 0xFFFFFFFF, ""))
        return self.ring[i % len(self.ring)][1]
