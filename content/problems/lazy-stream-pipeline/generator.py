import json
import random
import sys
from itertools import accumulate, groupby, islice, takewhile

PULL_LIMIT = 300_000
OUT_LIMIT = 100_000


class TooMany(Exception):
    pass


def _map_affine(it, a, b, m):
    for x in it:
        yield (a * x + b) % m


def _filter_mod(it, d, r):
    for x in it:
        if x % d == r:
            yield x


def _chunks(it, size):
    while True:
        c = list(islice(it, size))
        if not c:
            return
        yield sum(c)


def _windows(it, w):
    # only the number of items matters here, so no maximum is computed
    for i, _ in enumerate(it):
        if i >= w - 1:
            yield 0


def simulate(n, stages):
    """Same pipeline shape as the statement; counts how many source items get pulled."""
    pulled = [0]

    def source():
        for x in range(1, n + 1):
            pulled[0] += 1
            if pulled[0] > PULL_LIMIT:
                raise TooMany
            yield x

    it = source()
    for st in stages:
        op = st[0]
        if op == "map_affine":
            it = _map_affine(it, *st[1:])
        elif op == "filter_mod":
            it = _filter_mod(it, *st[1:])
        elif op == "skip":
            it = islice(it, st[1], None)
        elif op == "take":
            it = islice(it, st[1])
        elif op == "take_while_lt":
            it = takewhile(st[1].__gt__, it)
        elif op == "dedupe":
            it = (k for k, _ in groupby(it))
        elif op == "running_sum":
            it = accumulate(it)
        elif op == "chunk_sum":
            it = _chunks(iter(it), st[1])
        elif op == "window_max":
            it = _windows(it, st[1])
    out = 0
    for _ in it:
        out += 1
        if out > OUT_LIMIT:
            raise TooMany
    return pulled[0], out


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    big = seed >= 8
    while True:
        n = rng.choice([10**18, 10**12, 5 * 10**7]) if big else rng.choice([0, 5, 50, 1000, 10**6, 10**15])
        stages = []
        for _ in range(rng.randint(1, 6)):
            r = rng.random()
            if r < 0.2:
                m = rng.choice([7, 97, 1000, 10**9])
                stages.append(["map_affine", rng.randint(0, 10**9), rng.randint(0, 10**9), m])
            elif r < 0.4:
                d = rng.randint(1, 6)
                stages.append(["filter_mod", d, rng.randrange(d)])
            elif r < 0.5:
                stages.append(["skip", rng.choice([0, 1, 3, 100, 10**4, 10**5])])
            elif r < 0.6:
                stages.append(["dedupe"])
            elif r < 0.7:
                stages.append(["running_sum"])
            elif r < 0.8:
                stages.append(["chunk_sum", rng.randint(1, 7)])
            elif r < 0.9:
                stages.append(["window_max", rng.choice([1, 2, 5, 50, 3000, 50000]) if big else rng.randint(1, 6)])
            else:
                stages.append(["take_while_lt", rng.randint(1, 10**9)])
        if rng.random() < 0.9 or big:
            stages.append(["take", rng.randint(50000, 100000) if big else rng.randint(0, 300)])
        if big and not any(s[0] == "window_max" for s in stages) and seed % 2 == 0:
            stages.insert(rng.randrange(len(stages)), ["window_max", 50000])
        try:
            pulled, out = simulate(n, stages)
        except TooMany:
            continue
        if big and pulled < 100_000:
            continue
        break
    print(json.dumps({"args": [n, stages]}))


main()
