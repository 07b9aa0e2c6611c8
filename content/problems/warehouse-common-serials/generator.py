import json
import random
import sys


# named modes (seeds 30..32), both lists at the maximum length 10^5
EXTREME = {
    # half -10^9 and half 10^9 against 10^9 only: 5 * 10^4 common parts at the top code, and
    # the second list goes on past the end of the first
    30: lambda n: ([-(10**9)] * (n // 2) + [10**9] * (n // 2), [10**9] * n),
    # every code -10^9 in both: all 10^5 in common (the slow remove-from-list worst case)
    31: lambda n: ([-(10**9)] * n, [-(10**9)] * n),
    # strictly increasing, disjoint ranges at both ends: nothing in common
    32: lambda n: (list(range(-(10**9), -(10**9) + n)), list(range(10**9 - n + 1, 10**9 + 1))),
}


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in EXTREME:
        print(json.dumps({"args": list(EXTREME[seed](100000))}))
        return
    if seed <= 3:
        n, m, top = rng.randint(0, 10), rng.randint(0, 10), 8
    elif seed <= 6:
        n, m, top = rng.randint(100, 5000), rng.randint(100, 5000), 3000
    else:
        n, m, top = 100000, 100000, [10**9, 200000, 10**5, 50][seed - 7]
    first = sorted(rng.randint(-top, top) for _ in range(n))
    second = sorted(rng.randint(-top, top) for _ in range(m))
    print(json.dumps({"args": [first, second]}))


if __name__ == "__main__":
    main()
