# Complexity: O(n log n) comparisons, each building a + b and b + a of at most 20 characters;
# O(total digits) memory.
import sys
from functools import cmp_to_key


def order(a: str, b: str) -> int:
    """a goes first if a+b reads larger than b+a."""
    if a + b > b + a:
        return -1
    if a + b < b + a:
        return 1
    return 0


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    parts = sorted(data[1:1 + n], key=cmp_to_key(order))
    result = "".join(parts)
    print("0" if result[0] == "0" else result)


main()
