# Complexity: O(n log(range / eps)) time, 45 halvings of [min a, max a]: each check builds the
# prefix sums and their running minimum with accumulate in O(n); O(n) memory per check.
import sys
from itertools import accumulate


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))

    def reachable(x: float) -> bool:
        prefix = [0.0, *accumulate([v - x for v in a])]
        lowest = accumulate(prefix[:n - k + 1], min)  # min of P[0..j]
        return any(p >= m for p, m in zip(prefix[k:], lowest))

    lo, hi = float(min(a)), float(max(a))
    for _ in range(45):
        mid = (lo + hi) / 2
        if reachable(mid):
            lo = mid
        else:
            hi = mid
    print(f"{lo:.9f}")


main()
