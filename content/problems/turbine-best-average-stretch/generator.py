import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
    if seed <= 3:
        n = rng.randint(1, 15)
    elif seed <= 6:
        n = rng.randint(1000, 10000)
    else:
        n = 50000
    k = rng.randint(1, n)
    if seed in (7, 9):
        k = n // 100 + 1
    if seed == 4:
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
