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
    if seed >= 30:
        n = 100000
        if seed == 30:  # 0..n-2 and 10^9, every spot used: answer 1 far below the span / (k - 1)
            spots, k = [*range(n - 1), 10**9], n
        elif seed == 31:  # both ends of the range present, k = 2: answer 10^9
            spots, k = [0, 10**9, *rng.sample(range(1, 10**9), n - 2)], 2
        else:  # 32: evenly spaced 10^4 apart, every other spot: answer exactly 2 * 10^4
            spots, k = [10_000 * i for i in range(n)], n // 2
        rng.shuffle(spots)
        print(json.dumps({"args": [spots, k]}))
        return
    if seed <= 3:
        n, top = rng.randint(2, 12), 40
    elif seed <= 6:
        n, top = rng.randint(1000, 10000), 10**6
    else:
        n, top = 100000, 10**9
    spots = rng.sample(range(top + 1), n)
    if seed in (2, 5, 8):
        k = 2  # the two extreme spots
    elif seed in (3, 6):
        k = n  # every spot is used
    elif seed == 10:
        k = 3  # few hives: the answer is huge
    else:
        k = rng.randint(2, n)
    print(json.dumps({"args": [spots, k]}))


if __name__ == "__main__":
    main()
