# Bug: erase decrements along the path whenever the path exists, even if the word itself
# was never logged (only longer words through it).
class _Node:
    __slots__ = ("children", "passing", "ending")

    def __init__(self):
        self.children = {}
        self.passing = 0
        self.ending = 0


class PrefixTally:
    def __init__(self):
        self.root = _Node()

    def insert(self, word):
        node = self.root
        node.passing += 1
        for ch in word:
            node = node.children.setdefault(ch, _Node())
            node.passing += 1
        node.ending += 1

    def _find(self, s):
        node = self.root
        for ch in s:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def count_exact(self, word):
        node = self._find(word)
        return node.ending if node else 0

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.passing if node else 0

    def erase(self, word):
        node = self._find(word)
        if node is None or node.passing == 0:
            return False
        node = self.root
        node.passing -= 1
        for ch in word:
            node = node.children[ch]
            node.passing -= 1
        node.ending = max(0, node.ending - 1)
        return True
