import threading


class TurnTable:
    def __init__(self, names: list[str], times: list[int], order: list[int]) -> None:
        self.names = names
        self.left = list(times)
        self.order = order  # the rotation: worker indexes in turn order
        self.entries: list[str] = []
        self.workers: dict[int, int] = {}  # thread id -> worker index

    def take_turn(self) -> None:
        me = self.workers.setdefault(threading.get_ident(), len(self.workers))
        if self.left[me] == 0:
            return
        # TODO: wait until it is worker `me`'s turn, then pass the turn on.
        self.entries.append(self.names[me])
        self.left[me] -= 1

    def log(self) -> list[str]:
        return self.entries
