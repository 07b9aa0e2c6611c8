# Complexity: O(n * L) time to count the words (L <= 10 letters each) plus O(d * L) to pick the
# best of the d distinct words; O(d * L) memory for the counter.
import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    counts = Counter(data[1 : 1 + n])
    word, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(word, count)


main()
