import threading


class TurnTable:
    def __init__(self, names, times, order):
        self.names = names
        self.left = list(times)
        self.order = order
        self.entries = []
        self.local = threading.local()  # each thread remembers its own worker index
        self.registered = 0
        self.cond = threading.Condition(threading.Lock())
        self.turn = self.next_live(None)

    def take_turn(self):
        with self.cond:
            if not hasattr(self.local, "me"):
                self.local.me = self.registered
                self.registered += 1
            me = self.local.me
            if self.left[me] == 0:
                return
            while self.turn != me:  # a wake-up is a hint, not a promise: check again
                self.cond.wait()
            self.entries.append(self.names[me])
            self.left[me] -= 1
            self.turn = self.next_live(me)
            self.cond.notify_all()

    def log(self):
        return list(self.entries)

    def next_live(self, i):
        n = len(self.order)
        start = -1 if i is None else self.order.index(i)
        for j in [self.order[(start + k) % n] for k in range(1, n + 1)]:
            if self.left[j]:
                return j
        return None
