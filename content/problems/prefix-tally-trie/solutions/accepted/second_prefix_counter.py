# Complexity: O(L^2) time per insert and erase (slicing every prefix of a word of length L <= 10),
# O(L) per count (hashing); O(sum of L^2 over the distinct words) memory for the prefixes.
#
# Alternative without an explicit trie: count every prefix in a hash map (O(L^2) per insert
# because of slicing, fine for L <= 10).
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
        if self.words[word] == 0:
            return False
        self.words[word] -= 1
        for i in range(1, len(word) + 1):
            self.prefixes[word[:i]] -= 1
        return True
