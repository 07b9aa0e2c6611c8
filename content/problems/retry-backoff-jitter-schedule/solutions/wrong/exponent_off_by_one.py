import random


class Solution:
    """The first retry already uses base * 2."""

    def schedule(self, base_ms: int, cap_ms: int, attempts: int, strategy: str, seed: int) -> list[float]:
        rng = random.Random(seed)
        out = []
        prev = base_ms
        for k in range(attempts):
            ceiling = min(cap_ms, base_ms * 2 ** (k + 1))
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
