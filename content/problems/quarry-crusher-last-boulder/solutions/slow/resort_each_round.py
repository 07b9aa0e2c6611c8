class Solution:
    def last_boulder(self, weights: list[int]) -> int:
        # Correct but re-sorts the whole yard every round.
        yard = list(weights)
        while len(yard) > 1:
            yard.sort()
            x = yard.pop()
            y = yard.pop()
            if x != y:
                yard.insert(0, x - y)
        return yard[0] if yard else 0
