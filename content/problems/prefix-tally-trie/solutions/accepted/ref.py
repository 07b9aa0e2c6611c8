# Complexity: O(L) time per call for a word of length L <= 10, independent of the number of words
# stored; O(total length of the distinct stored words) memory for the trie.
class _Node:
    __slots__ = ("children", "passing", "ending")

    def __init__(self):
        self.children: dict[str, "_Node"] = {}
        self.passing = 0  # stored words (with repeats) that go through this node
        self.ending = 0   # stored words (with repeats) that end exactly here


class PrefixTally:
    def __init__(self) -> None:
        self.root = _Node()

    def insert(self, word: str) -> None:
        node = self.root
        node.passing += 1
        for ch in word:
            nxt = node.children.get(ch)
            if nxt is None:
                nxt = node.children[ch] = _Node()
            node = nxt
            node.passing += 1
        node.ending += 1

    def _find(self, s: str):
        node = self.root
        for ch in s:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def count_exact(self, word: str) -> int:
        node = self._find(word)
        return node.ending if node else 0

    def count_prefix(self, prefix: str) -> int:
        node = self._find(prefix)
        return node.passing if node else 0

    def erase(self, word: str) -> bool:
        if self.count_exact(word) == 0:
            return False
        node = self.root
        node.passing -= 1
        for ch in word:
            child = node.children[ch]
            child.passing -= 1
            if child.passing == 0:
                del node.children[ch]  # prune the now-empty branch
                return True
            node = child
        node.ending -= 1
        return True
