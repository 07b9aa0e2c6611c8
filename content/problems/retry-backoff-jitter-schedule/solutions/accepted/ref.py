# Complexity: O(attempts) time and memory: one ceiling update and at most one random draw per
# attempt; the ceiling is capped, so numbers never grow big.
import random


class Solution:
    def schedule(self, base_ms: int, cap_ms: int, attempts: int, strategy: str, seed: int) -> list[float]:
        rng = random.Random(seed)
        sleeps = []
        ceiling = base_ms  # min(cap, base * 2**k), grown without ever building huge numbers
        prev = base_ms
        for _ in range(attempts):
            if strategy == "none":
                sleep = ceiling
            elif strategy == "full":
                sleep = rng.uniform(0, ceiling)
            elif strategy == "equal":
                half = ceiling / 2
                sleep = half + rng.uniform(0, half)
            else:  # "decorrelated"
                sleep = min(cap_ms, rng.uniform(base_ms, prev * 3))
                prev = sleep
            sleeps.append(sleep)
            ceiling = min(cap_ms, ceiling * 2)
        return sleeps
