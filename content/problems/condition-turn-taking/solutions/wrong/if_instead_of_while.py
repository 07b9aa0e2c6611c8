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
                    # Bug: `if` instead of a loop -- after notify_all every waiting thread wakes
                    # up and proceeds, whether it is its turn or not
                    if state["turn"] != i:
                        cond.wait()
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
        n = len(left)
        for k in range(1, n + 1):
            j = (i + k) % n
            if left[j] > 0:
                return j
        return None  # everybody is done
