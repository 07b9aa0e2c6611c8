import json
import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:  # every scan is -10^9, plus one 10^9 at the second door: [-10^9]
        print(json.dumps({"args": [[-(10**9)] * 100_000, [-(10**9)] * 99_999 + [10**9]]}))
        return
    if seed == 31:  # the same 10^5 ids, strictly decreasing from 10^9 to about -10^9, in both
        ids = [10**9 - 20_000 * i for i in range(100_000)]
        print(json.dumps({"args": [ids, ids]}))
        return
    if seed <= 3:
        n, m = rng.randint(0, 10), rng.randint(0, 10)
    elif seed <= 6:
        n, m = rng.randint(500, 3000), rng.randint(500, 3000)
    else:
        n, m = 100_000, 100_000
    span = [10, 10**9, 2 * max(n, m), max(n, m) // 2 + 1][seed % 4]
    first = [rng.randint(-span, span) for _ in range(n)]
    second = [rng.randint(-span, span) for _ in range(m)]
    if seed == 10:
        # disjoint logs: nothing in common, the list scan touches everything
        first = [2 * rng.randint(-5 * 10**8, 5 * 10**8) for _ in range(n)]
        second = [2 * rng.randint(-5 * 10**8, 5 * 10**8 - 1) + 1 for _ in range(m)]
    print(json.dumps({"args": [first, second]}))


main()
