# Complexity: O(sum(wants)) time: the queue is simulated one ticket (one second) at a time, at
# most sum(wants) <= 10^6 steps; O(n) memory for the deque, n = len(wants).
from collections import deque


class Solution:
    def finish_time(self, wants: list[int], k: int) -> int:
        line = deque(enumerate(wants))
        seconds = 0
        while True:
            fan, remaining = line.popleft()
            seconds += 1
            remaining -= 1
            if remaining == 0:
                if fan == k:
                    return seconds
            else:
                line.append((fan, remaining))
