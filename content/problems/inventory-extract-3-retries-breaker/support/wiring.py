"""How the checks drive your HttpInventory (given, read-only): with a fake clock and sleep.

Nothing really waits: `sleep(seconds)` records the delay and moves the fake clock forward by
it, and the checks move the clock themselves with `advance`. The random generator is
`random.Random(seed)`, so the checks know every number your jitter draws.
"""

import random

from inventory_client import HttpInventory


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class Client:
    """HttpInventory(base_url, ..., sleep=fake, clock=fake, rng=random.Random(seed))."""

    def __init__(self, base_url: str, seed: int = 1, **options: float) -> None:
        self.time = FakeTime()
        self.inventory = HttpInventory(
            base_url,
            sleep=self.time.sleep,
            clock=self.time.clock,
            rng=random.Random(seed),
            **options,  # timeout, max_attempts, base_delay, max_delay, failure_threshold, ...
        )

    def reserve(self, sku: str, quantity: int) -> str:
        return self.inventory.reserve(sku, quantity)

    def release(self, reservation_id: str) -> None:
        self.inventory.release(reservation_id)

    def breaker_state(self) -> str:
        return self.inventory.breaker_state()

    def advance(self, seconds: float) -> None:
        self.time.now += seconds

    def sleeps(self) -> list[float]:
        return list(self.time.slept)
