import hashlib
from typing import Optional


def h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


class HashRing:
    """Scans every virtual node on every lookup."""

    def __init__(self, vnodes: int) -> None:
        self.vnodes = vnodes
        self.points: dict[str, list[int]] = {}

    def add_node(self, node: str) -> bool:
        if node in self.points:
            return False
        self.points[node] = [h(f"{node}#{i}") for i in range(self.vnodes)]
        return True

    def remove_node(self, node: str) -> bool:
        return self.points.pop(node, None) is not None

    def lookup(self, key: str) -> Optional[str]:
        k = h(key)
        best = None  # smallest (position, node) with position >= k
        lowest = None  # smallest (position, node) overall
        for node, positions in self.points.items():
            for p in positions:
                cand = (p, node)
                if lowest is None or cand < lowest:
                    lowest = cand
                if p >= k and (best is None or cand < best):
                    best = cand
        if best is not None:
            return best[1]
        return lowest[1] if lowest is not None else None
