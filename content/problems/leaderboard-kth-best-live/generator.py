import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
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
