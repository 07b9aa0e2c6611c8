class Solution:
    def simulate(self, locks: dict, programs: list[list], schedule: list[int]) -> dict:
        memory = {}
        owner = {name: None for name in locks}  # thread holding the lock (None = free)
        depth = {name: 0 for name in locks}     # RLock recursion depth
        n = len(programs)
        pc = [0] * n
        regs = [{} for _ in range(n)]
        crashed = [False] * n

        def can_acquire(t, lock):
            if owner[lock] is None:
                return True
            # only an RLock may be re-acquired, and only by its owner
            return locks[lock] == "RLock" and owner[lock] == t

        def step(t):
            ins = programs[t][pc[t]]
            op = ins[0]
            r = regs[t]
            if op == "load":
                r[ins[1]] = memory.get(ins[2], 0)
            elif op == "store":
                memory[ins[1]] = r.get(ins[2], 0)
            elif op == "addi":
                r[ins[1]] = r.get(ins[1], 0) + ins[2]
            elif op == "acquire":
                lock = ins[1]
                if not can_acquire(t, lock):
                    return  # blocked: the instruction is retried when scheduled again
                owner[lock] = t
                depth[lock] += 1
            elif op == "release":
                lock = ins[1]
                if locks[lock] == "Lock":
                    # Bug: treats a plain Lock as owned -- releasing it from another thread is
                    # considered an error (it is allowed for threading.Lock)
                    if owner[lock] != t:
                        crashed[t] = True
                        return
                    owner[lock], depth[lock] = None, 0
                else:
                    if owner[lock] != t:  # an RLock may only be released by its owner
                        crashed[t] = True
                        return
                    depth[lock] -= 1
                    if depth[lock] == 0:
                        owner[lock] = None
            pc[t] += 1

        def finished(t):
            return crashed[t] or pc[t] == len(programs[t])

        for t in schedule:
            if not finished(t):
                step(t)

        def blocked(t):
            ins = programs[t][pc[t]]
            return ins[0] == "acquire" and not can_acquire(t, ins[1])

        status = []
        for t in range(n):
            if crashed[t]:
                status.append("crashed")
            elif pc[t] == len(programs[t]):
                status.append("done")
            else:
                status.append("blocked" if blocked(t) else "ready")
        waiting = [s for s in status if s in ("blocked", "ready")]
        deadlock = bool(waiting) and all(s == "blocked" for s in waiting)
        return {"memory": dict(sorted(memory.items())), "status": status, "deadlock": deadlock}
