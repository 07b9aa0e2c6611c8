# Complexity: O(1) time per operation: a fixed array with a head index and a count, positions
# taken modulo capacity; O(capacity) memory.
class RingBuffer:
    def __init__(self, capacity: int) -> None:
        self._slots = [0] * capacity
        self._cap = capacity
        self._head = 0
        self._count = 0

    def offer(self, sample: int) -> bool:
        if self._count == self._cap:
            return False
        self._slots[(self._head + self._count) % self._cap] = sample
        self._count += 1
        return True

    def poll(self) -> int | None:
        if self._count == 0:
            return None
        sample = self._slots[self._head]
        self._head = (self._head + 1) % self._cap
        self._count -= 1
        return sample

    def front(self) -> int | None:
        return self._slots[self._head] if self._count else None

    def rear(self) -> int | None:
        if self._count == 0:
            return None
        return self._slots[(self._head + self._count - 1) % self._cap]

    def size(self) -> int:
        return self._count

    def is_full(self) -> bool:
        return self._count == self._cap
