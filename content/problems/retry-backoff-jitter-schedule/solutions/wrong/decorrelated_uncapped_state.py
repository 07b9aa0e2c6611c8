import random


class Solution:
    """Decorrelated jitter that remembers the uncapped draw instead of the sleep it returned."""

    def schedule(self, base_ms: int, cap_ms: int, attempts: int, strategy: str, seed: int) -> list[float]:
        rng = random.Random(seed)
        out = []
        ceiling = base_ms
        prev = base_ms
        for _ in range(attempts):
            if strategy == "none":
                out.append(ceiling)
            elif strategy == "full":
                out.append(rng.uniform(0, ceiling))
            elif strategy == "equal":
                out.append(ceiling / 2 + rng.uniform(0, ceiling / 2))
            else:
                prev = rng.uniform(base_ms, prev * 3)
                out.append(min(cap_ms, prev))
            ceiling = min(cap_ms, ceiling * 2)
        return out
