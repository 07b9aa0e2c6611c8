# Caught by test_sample_finished_workers_are_skipped (TLE): the turn always goes to the
# neighbour, even when it has no turns left; nobody will ever take it, so everyone waits.
import threading


class TurnTable:
    def __init__(self, names: list[str], times: list[int], order: list[int]) -> None:
        self.names = names
        self.left = list(times)
        self.order = order
        self.entries: list[str] = []
        self.workers: dict[int, int] = {}
        self.cond = threading.Condition()
        self.turn = order[0]

    def take_turn(self) -> None:
        with self.cond:
            me = self.workers.setdefault(threading.get_ident(), len(self.workers))
            if self.left[me] == 0:
                return
            self.cond.wait_for(lambda: self.turn == me)
            self.entries.append(self.names[me])
            self.left[me] -= 1
            self.turn = self.order[(self.order.index(me) + 1) % len(self.order)]
            self.cond.notify_all()

    def log(self) -> list[str]:
        with self.cond:
            return list(self.entries)
