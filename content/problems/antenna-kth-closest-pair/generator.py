import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
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
