import json
import random
import sys


# named modes (seeds 30..32), n = 10^5
EXTREME = {
    30: lambda n: [10**9] + [1] * (n - 1),  # one giant worn down 99999 times: 10^9 - 99999
    31: lambda n: [10**9 - i for i in range(n)],  # strictly decreasing from 10^9
    32: lambda n: [10**9] * n,  # all equal at the top, an even count: nothing remains, 0
}


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in EXTREME:
        print(json.dumps({"args": [EXTREME[seed](100_000)]}))
        return
    if seed <= 3:
        n, top = rng.randint(1, 10), 20
    elif seed <= 6:
        n, top = rng.randint(500, 3000), rng.choice([10, 10**9])
    else:
        n, top = 100_000, [10**9, 1000, 10**9, 2][seed % 4]
    weights = [rng.randint(1, top) for _ in range(n)]
    print(json.dumps({"args": [weights]}))


main()
