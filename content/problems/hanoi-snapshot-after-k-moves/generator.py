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
