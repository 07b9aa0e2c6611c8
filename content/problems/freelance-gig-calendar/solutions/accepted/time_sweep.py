# Complexity: O(n log n) time, n = len(gigs): sort the up to 2n distinct times, then one sweep
# touching each gig once; O(n) memory for the dictionaries.
class Solution:
    """Sweep over event times: best earnings achievable by each moment."""

    def max_earnings(self, gigs: list[list[int]]) -> int:
        by_start: dict[int, list[tuple[int, int]]] = {}
        for start, end, pay in gigs:
            by_start.setdefault(start, []).append((end, pay))
        times = sorted({t for g in gigs for t in g[:2]})
        arrive: dict[int, int] = {}  # best earnings when a gig finishes at time t
        current = 0
        for t in times:
            current = max(current, arrive.get(t, 0))
            for end, pay in by_start.get(t, ()):
                if current + pay > arrive.get(end, 0):
                    arrive[end] = current + pay
        return current
