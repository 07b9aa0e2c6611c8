# Complexity: O(n log n) time and memory to build the sparse tables; then two pointers
# move O(n) times with O(1) range max/min queries.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    h = list(map(int, data[2:2 + n]))
    # sparse tables for range max / min in O(1)
    hi = [h]
    lo = [h]
    j = 1
    while (1 << j) <= n:
        half = 1 << (j - 1)
        ph, pl = hi[-1], lo[-1]
        hi.append([a if a > b else b for a, b in zip(ph, ph[half:])])
        lo.append([a if a < b else b for a, b in zip(pl, pl[half:])])
        j += 1

    def span(a: int, b: int) -> int:  # inclusive range
        k = (b - a + 1).bit_length() - 1
        top = hi[k][a] if hi[k][a] > hi[k][b - (1 << k) + 1] else hi[k][b - (1 << k) + 1]
        bot = lo[k][a] if lo[k][a] < lo[k][b - (1 << k) + 1] else lo[k][b - (1 << k) + 1]
        return top - bot

    left = 0
    best_len, best_start = 0, 0
    for right in range(n):
        while span(left, right) > limit:
            left += 1
        if right - left + 1 > best_len:
            best_len, best_start = right - left + 1, left
    print(best_len, best_start + 1)


main()
