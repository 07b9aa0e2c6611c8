import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
    if seed <= 4:
        q, max_n = 20 * seed, 12
    elif seed <= 8:
        q, max_n = 300, 40
    else:
        q, max_n = 1000, 60
    lines = [str(q)]
    for i in range(q):
        n = max_n if (seed > 8 and i % 3 == 0) else rng.randint(1, max_n)
        top = (1 << n) - 1
        kind = rng.random()
        if kind < 0.1:
            k = 0
        elif kind < 0.2:
            k = top
        elif kind < 0.35:
            k = 1 << rng.randint(0, n - 1)
        elif kind < 0.45:
            k = (1 << rng.randint(0, n - 1)) - 1
        else:
            k = rng.randint(0, top)
        lines.append(f"{n} {k}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
