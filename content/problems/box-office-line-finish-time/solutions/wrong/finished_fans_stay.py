from collections import deque


class Solution:
    def finish_time(self, wants: list[int], k: int) -> int:
        line = deque(enumerate(wants))
        seconds = 0
        while True:
            fan, remaining = line.popleft()
            seconds += 1
            remaining -= 1
            if fan == k and remaining == 0:
                return seconds
            # Wrong: fans who are done rejoin the line and keep taking a second each turn.
            line.append((fan, remaining))
