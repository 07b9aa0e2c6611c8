import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
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
