import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    counts = Counter(data[1 : 1 + n])
    word, count = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(word, count)


main()
