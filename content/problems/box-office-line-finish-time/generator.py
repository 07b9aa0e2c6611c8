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
    if seed <= 3:
        n, top = rng.randint(1, 8), 6
    elif seed <= 6:
        n, top = rng.randint(50, 300), 100
    else:
        n, top = 1000, 1000
    wants = [rng.randint(1, top) for _ in range(n)]
    k = [0, n - 1, rng.randrange(n), n // 2][seed % 4]
    if seed == 10:
        wants = [1000] * n  # 10^6 seconds to simulate
        k = n - 1
    print(json.dumps({"args": [wants, k]}))


main()
