class RingBuffer:
    # Correct but poll() shifts every stored sample one slot to the left: O(capacity).
    def __init__(self, capacity: int) -> None:
        self._slots = [0] * capacity
        self._cap = capacity
        self._count = 0

    def offer(self, sample: int) -> bool:
        if self._count == self._cap:
            return False
        self._slots[self._count] = sample
        self._count += 1
        return True

    def poll(self) -> int | None:
        if self._count == 0:
            return None
        sample = self._slots[0]
        for i in range(1, self._count):
            self._slots[i - 1] = self._slots[i]
        self._count -= 1
        return sample

    def front(self) -> int | None:
        return self._slots[0] if self._count else None

    def rear(self) -> int | None:
        return self._slots[self._count - 1] if self._count else None

    def size(self) -> int:
        return self._count

    def is_full(self) -> bool:
        return self._count == self._cap
