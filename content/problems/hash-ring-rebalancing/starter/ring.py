"""The cache client's shard map. Today: hash mod N, which reshuffles almost every key whenever
a cache node joins or leaves. Make it a consistent-hash ring."""

import hashlib


def position(text: str) -> int:
    """The ring position of a string: the first 8 bytes of its MD5 digest, big-endian."""
    return int.from_bytes(hashlib.md5(text.encode("utf-8")).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes: list[str] = (), vnodes: int = 100) -> None:  # type: ignore[assignment]
        self.vnodes = vnodes
        self.members = list(nodes)

    def add_node(self, node: str, weight: int = 1) -> None:
        self.members.append(node)

    def remove_node(self, node: str) -> None:
        self.members.remove(node)

    def nodes(self) -> list[str]:
        return sorted(self.members)

    def node_for(self, key: str) -> str | None:
        if not self.members:
            return None
        return self.nodes()[position(key) % len(self.members)]  # TODO: a ring

    def assign(self, keys: list[str]) -> list[str | None]:
        return [self.node_for(key) for key in keys]
