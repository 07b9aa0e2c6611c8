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
