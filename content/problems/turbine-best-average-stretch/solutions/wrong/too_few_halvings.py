"""Wrong: 30 halvings of the widest range [-10^4, 10^4] leave an error near 2e-5, fine for a large
average (relative tolerance) but not for one close to 0 (absolute 1e-6)."""
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
    for _ in range(30):  # 2 * 10^4 / 2^30 is about 2e-5: too coarse for an answer near 0
        mid = (lo + hi) / 2
        if reachable(mid):
            lo = mid
        else:
            hi = mid
    print(f"{lo:.9f}")


main()
