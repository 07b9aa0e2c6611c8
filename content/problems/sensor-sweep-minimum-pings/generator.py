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
        n, span, max_len = rng.randint(1, 12), 40, 8
    elif seed <= 6:
        n, span, max_len = rng.randint(500, 5000), 10**6, 2000
    else:
        n, span, max_len = 100000, 10**9, 5000
    if seed == 7:
        max_len = 10**8  # long windows: few pings
    windows = []
    for _ in range(n):
        s = rng.randint(-span, span - 1)
        e = min(span, s + rng.randint(0, max_len))
        windows.append([s, e])
    if seed == 10:
        # many disjoint short windows plus nested ones: the answer is large
        windows = []
        for i in range(n // 2):
            base = -10**9 + i * 20000
            windows.append([base, base + 10])
            windows.append([base + rng.randint(0, 5), base + rng.randint(5, 10)])
        rng.shuffle(windows)
    print(json.dumps({"args": [windows]}))


if __name__ == "__main__":
    main()
