# Bug: count_prefix counts distinct words, ignoring repeats.
from collections import Counter


class PrefixTally:
    def __init__(self):
        self.words = Counter()
        self.prefixes = Counter()  # prefix -> number of distinct words with it

    def insert(self, word):
        if self.words[word] == 0:
            for i in range(1, len(word) + 1):
                self.prefixes[word[:i]] += 1
        self.words[word] += 1

    def count_exact(self, word):
        return self.words[word]

    def count_prefix(self, prefix):
        return self.prefixes[prefix]

    def erase(self, word):
        if self.words[word] == 0:
            return False
        self.words[word] -= 1
        if self.words[word] == 0:
            for i in range(1, len(word) + 1):
                self.prefixes[word[:i]] -= 1
        return True
