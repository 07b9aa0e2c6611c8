import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
    if seed <= 4:
        n, max_h = rng.randint(1, 12), 10
    elif seed <= 8:
        n, max_h = rng.randint(1000, 20000), 1000
    else:
        n, max_h = 200000, 10**4
    lines = [str(n)]
    if seed in (11, 12):
        # tight deadlines: the plan is full early and almost every step drops a patch,
        # while the kept set stays large
        for i in range(n):
            h = rng.randint(1, max_h)
            d = (i + 1) * (max_h // 4) + rng.randint(0, max_h)
            lines.append(f"{h} {d}")
    else:
        avg = (max_h + 1) / 2
        load = [0.5, 1.0, 2.0, 4.0][seed % 4]
        horizon = min(10**9, max(1, int(n * avg / load)))  # deadlines stay within 10^9
        for _ in range(n):
            h = rng.randint(1, max_h)
            d = rng.randint(1, horizon)
            lines.append(f"{h} {d}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
