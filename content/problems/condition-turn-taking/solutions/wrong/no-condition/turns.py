# Caught by test_sample_two_workers_alternate: a lock keeps the log itself intact, but
# nothing makes a thread wait for its turn, so the threads write in whatever order they run.
import threading


class TurnTable:
    def __init__(self, names: list[str], times: list[int], order: list[int]) -> None:
        self.names = names
        self.left = list(times)
        self.entries: list[str] = []
        self.workers: dict[int, int] = {}
        self.lock = threading.Lock()

    def take_turn(self) -> None:
        with self.lock:
            me = self.workers.setdefault(threading.get_ident(), len(self.workers))
            if self.left[me] == 0:
                return
            self.entries.append(self.names[me])
            self.left[me] -= 1

    def log(self) -> list[str]:
        with self.lock:
            return list(self.entries)
