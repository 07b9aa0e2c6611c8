import random


class Solution:
    """base * 2.0 ** k: fine for a few retries, OverflowError after 1023 doublings."""

    def schedule(self, base_ms: int, cap_ms: int, attempts: int, strategy: str, seed: int) -> list[float]:
        rng = random.Random(seed)
        out = []
        prev = base_ms
        for k in range(attempts):
            ceiling = min(cap_ms, base_ms * 2.0**k)
            if strategy == "none":
                out.append(ceiling)
            elif strategy == "full":
                out.append(rng.uniform(0, ceiling))
            elif strategy == "equal":
                out.append(ceiling / 2 + rng.uniform(0, ceiling / 2))
            else:
                prev = min(cap_ms, rng.uniform(base_ms, prev * 3))
                out.append(prev)
        return out
