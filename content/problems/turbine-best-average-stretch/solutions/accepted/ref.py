# Complexity: O(n log(range / eps)) time, 45 halvings of [min a, max a]: each check is one O(n)
# pass with prefix sums and the lowest prefix k back; O(n) memory for the values.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))

    def reachable(x: float) -> bool:
        """Is there a stretch of length >= k with average >= x?"""
        prefix = 0.0  # P[r]
        lagged = 0.0  # P[r - k]
        lowest = float("inf")  # min of P[0..r-k]
        for i in range(k):
            prefix += a[i] - x
        for r in range(k, n + 1):
            if lagged < lowest:
                lowest = lagged
            if prefix - lowest >= 0:
                return True
            if r == n:
                break
            prefix += a[r] - x
            lagged += a[r - k] - x
        return False

    lo, hi = float(min(a)), float(max(a))
    for _ in range(45):
        mid = (lo + hi) / 2
        if reachable(mid):
            lo = mid
        else:
            hi = mid
    print(f"{lo:.9f}")


main()
