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
        n = rng.randint(1, 15)
    elif seed <= 6:
        n = rng.randint(1000, 10000)
    else:
        n = 50000
    k = rng.randint(1, n)
    if seed in (7, 9):
        k = n // 100 + 1
    if seed == 11:  # precision trap: the widest values, an answer of 2e-5 (only k = n counts)
        a = [10**4 if i % 2 == 0 else -(10**4) for i in range(n)]
        a[-1] += 1
        k = n
    elif seed == 12:  # answer 1/3 from a short stretch among the extremes
        a = [-(10**4)] * n
        a[n // 2 : n // 2 + 3] = [10**4, -(10**4), 1]
        k = 3
    elif seed == 4:
        a = [-rng.randint(1, 10**4) for _ in range(n)]  # all negative
    elif seed == 8:
        a = [rng.choice([-10**4, 10**4]) for _ in range(n)]
    elif seed == 10:
        a = [rng.randint(-3, 4) for _ in range(n)]
        k = n // 2
    else:
        a = [rng.randint(-10**4, 10**4) for _ in range(n)]
    print(n, k)
    print(" ".join(map(str, a)))


if __name__ == "__main__":
    main()
