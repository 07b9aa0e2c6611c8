# Complexity: lookup O(log P + |key|), P <= vnodes * servers virtual nodes: hash, then bisect;
# add_node O(vnodes * P) (insort shifts the list per point), remove_node O(P); O(P) memory.
import hashlib
from bisect import bisect_left, insort
from typing import Optional


def h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


class HashRing:
    """Parallel sorted lists: positions for bisect, owners alongside; insort per point."""

    def __init__(self, vnodes: int) -> None:
        self.vnodes = vnodes
        self.ring: list[tuple[int, str]] = []
        self.members: set[str] = set()

    def add_node(self, node: str) -> bool:
        if node in self.members:
            return False
        self.members.add(node)
        for i in range(self.vnodes):
            insort(self.ring, (h(f"{node}#{i}"), node))
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
        return self.ring[0][1] if i == len(self.ring) else self.ring[i][1]
