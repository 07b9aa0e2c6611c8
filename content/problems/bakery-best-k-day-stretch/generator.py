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
        n, top = rng.randint(1, 15), 10
    elif seed <= 6:
        n, top = rng.randint(1000, 20000), 10**6
    else:
        n, top = 200000, 10**9
    k = rng.randint(1, n)
    if seed >= 8:
        k = n // 2 if seed != 10 else n // 3
    if seed == 5:
        p = [-rng.randint(1, top) for _ in range(n)]  # every day loses money
    elif seed == 9:
        p = [rng.choice([-1, 1]) * top for _ in range(n)]  # many ties
    else:
        p = [rng.randint(-top, top) for _ in range(n)]
    print(n, k)
    print(" ".join(map(str, p)))


if __name__ == "__main__":
    main()
