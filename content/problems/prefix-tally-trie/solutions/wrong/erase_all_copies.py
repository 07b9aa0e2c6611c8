# Bug: erase removes every copy of the word, not just one.
from collections import Counter


class PrefixTally:
    def __init__(self):
        self.words = Counter()
        self.prefixes = Counter()

    def insert(self, word):
        self.words[word] += 1
        for i in range(1, len(word) + 1):
            self.prefixes[word[:i]] += 1

    def count_exact(self, word):
        return self.words[word]

    def count_prefix(self, prefix):
        return self.prefixes[prefix]

    def erase(self, word):
        c = self.words[word]
        if c == 0:
            return False
        del self.words[word]
        for i in range(1, len(word) + 1):
            self.prefixes[word[:i]] -= c
        return True
