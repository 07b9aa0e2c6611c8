from collections import deque


class Solution:
    def last_boulder(self, weights: list[int]) -> int:
        # Wrong: sorts once; new boulders go to the back of the queue instead of into place.
        yard = deque(sorted(weights, reverse=True))
        while len(yard) > 1:
            x = yard.popleft()
            y = yard.popleft()
            if x != y:
                yard.append(x - y)
        return yard[0] if yard else 0
