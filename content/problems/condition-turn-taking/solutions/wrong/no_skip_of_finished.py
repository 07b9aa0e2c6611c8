import threading


class Solution:
    def take_turns(self, names: list[str], times: list[int]) -> list[str]:
        n = len(names)
        left = list(times)
        log = []
        cond = threading.Condition()
        state = {"turn": self._next_live(left, -1)}

        def worker(i):
            for _ in range(times[i]):
                with cond:
                    # always re-check the predicate after waking up (wait_for loops for us)
                    cond.wait_for(lambda: state["turn"] == i)
                    log.append(names[i])
                    left[i] -= 1
                    state["turn"] = self._next_live(left, i)
                    cond.notify_all()  # the next thread is one specific thread: wake everyone

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return log

    @staticmethod
    def _next_live(left, i):
        # Bug: always hands the turn to the neighbour, even if it has no turns left
        # (the rotation then waits for a thread that has already finished)
        if i == -1:
            return 0
        return (i + 1) % len(left)
