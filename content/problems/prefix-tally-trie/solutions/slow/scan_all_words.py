# Correct but O(distinct words) per count_prefix.
from collections import Counter


class PrefixTally:
    def __init__(self):
        self.words = Counter()

    def insert(self, word):
        self.words[word] += 1

    def count_exact(self, word):
        return self.words.get(word, 0)

    def count_prefix(self, prefix):
        return sum(c for w, c in self.words.items() if w.startswith(prefix))

    def erase(self, word):
        if self.words.get(word, 0) == 0:
            return False
        self.words[word] -= 1
        if self.words[word] == 0:
            del self.words[word]
        return True
