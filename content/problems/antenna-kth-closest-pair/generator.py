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
        n, top = rng.randint(2, 12), 30
    elif seed <= 6:
        n, top = rng.randint(500, 5000), 10**6
    else:
        n, top = 50000, 10**9
    if seed == 9:
        positions = [rng.randint(0, 1000) for _ in range(n)]  # many shared masts, zero gaps
    else:
        positions = [rng.randint(0, top) for _ in range(n)]
    total = n * (n - 1) // 2
    if seed in (3, 6):
        k = total  # the very largest distance
    elif seed == 10:
        k = total * 3 // 4
    else:
        k = rng.randint(1, total)
    print(json.dumps({"args": [positions, k]}))


if __name__ == "__main__":
    main()
