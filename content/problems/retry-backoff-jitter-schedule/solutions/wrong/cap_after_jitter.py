import random


class Solution:
    """Draws from the uncapped exponential range and clamps afterwards."""

    def schedule(self, base_ms: int, cap_ms: int, attempts: int, strategy: str, seed: int) -> list[float]:
        rng = random.Random(seed)
        out = []
        prev = base_ms
        for k in range(attempts):
            raw = base_ms * 2**k
            if strategy == "none":
                out.append(min(cap_ms, raw))
            elif strategy == "full":
                out.append(min(cap_ms, rng.uniform(0, raw)))
            elif strategy == "equal":
                out.append(min(cap_ms, raw / 2 + rng.uniform(0, raw / 2)))
            else:
                prev = min(cap_ms, rng.uniform(base_ms, prev * 3))
                out.append(prev)
        return out
