import hashlib
from bisect import bisect_left
from typing import Optional


def h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


class HashRing:
    """Past the last virtual node it clamps to the last one instead of wrapping to the first."""

    def __init__(self, vnodes: int) -> None:
        self.vnodes = vnodes
        self.ring: list[tuple[int, str]] = []
        self.members: set[str] = set()

    def add_node(self, node: str) -> bool:
        if node in self.members:
            return False
        self.members.add(node)
        self.ring = sorted(self.ring + [(h(f"{node}#{i}"), node) for i in range(self.vnodes)])
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
        i = bisect_left(self.ring, (h(key), ""))
        return self.ring[min(i, len(self.ring) - 1)][1]
