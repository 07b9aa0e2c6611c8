import hashlib
from bisect import bisect_left
from typing import Optional


def h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


class HashRing:
    """position -> node dict: when two virtual nodes share a position, the last added wins."""

    def __init__(self, vnodes: int) -> None:
        self.vnodes = vnodes
        self.owner: dict[int, str] = {}
        self.members: set[str] = set()
        self.sorted_positions: list[int] = []

    def add_node(self, node: str) -> bool:
        if node in self.members:
            return False
        self.members.add(node)
        for i in range(self.vnodes):
            self.owner[h(f"{node}#{i}")] = node
        self.sorted_positions = sorted(self.owner)
        return True

    def remove_node(self, node: str) -> bool:
        if node not in self.members:
            return False
        self.members.remove(node)
        self.owner = {p: n for p, n in self.owner.items() if n != node}
        self.sorted_positions = sorted(self.owner)
        return True

    def lookup(self, key: str) -> Optional[str]:
        if not self.sorted_positions:
            return None
        i = bisect_left(self.sorted_positions, h(key)) % len(self.sorted_positions)
        return self.owner[self.sorted_positions[i]]
