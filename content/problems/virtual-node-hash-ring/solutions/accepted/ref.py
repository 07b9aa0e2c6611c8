# Complexity: lookup O(log P + |key|), P <= vnodes * servers virtual nodes: hash, then bisect;
# add_node and remove_node O(vnodes), changes merged lazily by one O(P log P) sort or filter
# before the next call needs them; O(P) memory.
import hashlib
from bisect import bisect_left
from typing import Optional


def ring_hash(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)


class HashRing:
    def __init__(self, vnodes: int) -> None:
        self.vnodes = vnodes
        self.nodes: set[str] = set()
        self.points: list[tuple[int, str]] = []  # sorted by (position, node)
        self.pending: list[tuple[int, str]] = []  # added but not merged yet
        self.removed: set[str] = set()  # removed but not filtered yet

    def add_node(self, node: str) -> bool:
        if node in self.nodes:
            return False
        self._settle()
        self.nodes.add(node)
        self.pending.extend((ring_hash(f"{node}#{i}"), node) for i in range(self.vnodes))
        return True

    def remove_node(self, node: str) -> bool:
        if node not in self.nodes:
            return False
        self._settle()
        self.nodes.discard(node)
        self.removed.add(node)
        return True

    def _settle(self) -> None:
        """Apply membership changes in one O(P log P) pass, only when needed."""
        if self.removed:
            self.points = [p for p in self.points if p[1] not in self.removed]
            self.removed.clear()
        if self.pending:
            self.points.extend(self.pending)
            self.points.sort()
            self.pending.clear()

    def lookup(self, key: str) -> Optional[str]:
        self._settle()
        if not self.points:
            return None
        i = bisect_left(self.points, (ring_hash(key), ""))
        return self.points[i % len(self.points)][1]
