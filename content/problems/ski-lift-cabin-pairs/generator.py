import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
    if seed <= 3:
        n, cap = rng.randint(1, 12), rng.randint(5, 30)
    elif seed <= 6:
        n, cap = rng.randint(1000, 20000), rng.randint(100, 10**6)
    else:
        n, cap = 200000 - (seed % 2), 10**9
    if seed == 8:
        w = [rng.randint(cap // 2 + 1, cap) for _ in range(n)]  # heavy: almost everyone alone
    elif seed == 9:
        w = [rng.randint(1, cap // 3) for _ in range(n)]  # light: everyone paired
    elif seed == 10:
        w = [rng.choice([cap // 2, cap // 2 + 1, cap - 1, 1]) for _ in range(n)]
    else:
        w = [rng.randint(1, cap) for _ in range(n)]
    print(n, cap)
    print(" ".join(map(str, w)))


if __name__ == "__main__":
    main()
