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
