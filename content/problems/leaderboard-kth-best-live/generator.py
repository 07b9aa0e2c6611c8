import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 4:
        n = rng.randint(1, 12)
    elif seed <= 8:
        n = rng.randint(1000, 5000)
    else:
        n = 200_000
    mode = seed % 4
    k = [1, rng.randint(1, n), max(1, n // 2), n][mode]
    top = [10**9, 10**9, 5, 10**9][mode]  # mode 2: many equal scores
    scores = [rng.randint(0, top) for _ in range(n)]
    if mode == 3 and seed > 8:
        scores.sort(reverse=True)  # every new score is a new minimum
    print(n, k)
    print(" ".join(map(str, scores)))


main()
