import json
import random
import sys

TEMPLATE = '''import random
rng = random.Random({seed})
now = [0]
clock = lambda: now[0]

@throttle(limit={flimit}, window={fwindow}, clock=clock)
def shared(x):
    return x

class Tenant:
    def __init__(self, tid):
        self.tid = tid

    @throttle(limit={mlimit}, window={mwindow}, clock=clock)
    def request(self, x):
        return x + self.tid

tenants = [Tenant(i) for i in range({tenants})]
admitted = rejected = 0
check = 0
for i in range({calls}):
    now[0] += rng.choice({steps})
    r = rng.random()
    try:
        if r < {fshare}:
            v = shared(i)
        elif r < 0.995:
            v = rng.choice(tenants).request(i)
        else:
            tenants[rng.randrange(len(tenants))].request.reset()
            v = 0
        admitted += 1
        check = (check * 31 + v) % 1000000007
    except Throttled as exc:
        rejected += 1
        check = (check * 37 + exc.retry_after) % 1000000007
RESULT = {{"admitted": admitted, "rejected": rejected, "check": check, "left": [t.request.remaining() for t in tenants[:5]], "shared_left": shared.remaining()}}
'''


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..2, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 2
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:
        # 10^5 calls at one instant: 2000 instances with limit 10 (full, then refused with the
        # largest retry_after, 10^6) and a function with the largest limit, 10^5 (never refused)
        calls, flimit, mlimit, tenants = 100000, 10**5, 10, 2000
        fwindow = mwindow = 10**6
        steps = [0]
    elif seed >= 8:
        calls, flimit, mlimit, tenants = 100000, 40000, 20000, 2
        fwindow = mwindow = 10**6
        steps = [0, 1, 2, 3]
    else:
        calls = rng.randint(20, 1500 * seed)
        flimit, mlimit = rng.randint(1, 6 * seed), rng.randint(1, 4 * seed)
        fwindow, mwindow = rng.randint(1, 50), rng.randint(1, 50)
        tenants = rng.randint(1, 5)
        steps = rng.choice([[0, 1], [0, 0, 1, 5], [1, 2, 3], [0, 10]])
    print(json.dumps({"args": [TEMPLATE.format(
        seed=seed, flimit=flimit, fwindow=fwindow, mlimit=mlimit, mwindow=mwindow,
        tenants=tenants, calls=calls, steps=steps, fshare=rng.choice([0.3, 0.5, 0.7]))]}))


main()
