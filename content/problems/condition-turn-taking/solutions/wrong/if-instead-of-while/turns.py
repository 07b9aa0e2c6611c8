# Caught by test_four_workers_in_reverse (and most rotations with three or more threads):
# `if` instead of a loop -- notify_all wakes every waiting thread, and each one proceeds
# whether it is its turn or not.
import threading


class TurnTable:
    def __init__(self, names: list[str], times: list[int], order: list[int]) -> None:
        self.names = names
        self.left = list(times)
        self.order = order  # the rotation: worker indexes in turn order
        self.entries: list[str] = []
        self.workers: dict[int, int] = {}
        self.cond = threading.Condition()
        self.turn = self._next_live(None)

    def take_turn(self) -> None:
        with self.cond:
            me = self.workers.setdefault(threading.get_ident(), len(self.workers))
            if self.left[me] == 0:
                return
            if self.turn != me:
                self.cond.wait()
            self.entries.append(self.names[me])
            self.left[me] -= 1
            self.turn = self._next_live(me)
            self.cond.notify_all()

    def log(self) -> list[str]:
        with self.cond:
            return list(self.entries)

    def _next_live(self, i: int | None) -> int | None:
        """The worker after i in the rotation that still has turns (None: nobody has)."""
        n = len(self.order)
        start = -1 if i is None else self.order.index(i)
        for k in range(1, n + 1):
            j = self.order[(start + k) % n]
            if self.left[j] > 0:
                return j
        return None  # everybody is done
