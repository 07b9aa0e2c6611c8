# Complexity: O(n) time, O(n) memory: each index enters and leaves each monotonic deque once.
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    h = list(map(int, data[2:2 + n]))
    highs: deque[int] = deque()  # indices, levels decreasing
    lows: deque[int] = deque()  # indices, levels increasing
    left = 0
    best_len, best_start = 0, 0
    for right, level in enumerate(h):
        while highs and h[highs[-1]] <= level:
            highs.pop()
        highs.append(right)
        while lows and h[lows[-1]] >= level:
            lows.pop()
        lows.append(right)
        while h[highs[0]] - h[lows[0]] > limit:
            left += 1
            if highs[0] < left:
                highs.popleft()
            if lows[0] < left:
                lows.popleft()
        if right - left + 1 > best_len:
            best_len, best_start = right - left + 1, left
    print(best_len, best_start + 1)


main()
