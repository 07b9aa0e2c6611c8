import random
import sys


# named modes (seeds 30..32), n = 9: (k, the grid's one character)
EXTREME = {
    30: (6, "."),  # no trees, k = 6: the largest answer of all, 312956 (the most search work)
    31: (9, "."),  # no trees, k = n = 9: every row lit, 352
    32: (1, "#"),  # trees everywhere: 0 even for k = 1
}


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in EXTREME:
        k, cell = EXTREME[seed]
        print(9, k)
        print("\n".join([cell * 9] * 9))
        return
    if seed <= 4:
        n = rng.randint(3, 6)
        k = rng.randint(1, n)
        density = 0.2
    elif seed <= 8:
        n = rng.randint(7, 8)
        k = rng.randint(3, n)
        density = 0.15
    else:
        n = 9
        k = [5, 6, 4, 5][seed - 9]
        density = [0.0, 0.03, 0.05, 0.1][seed - 9]
    grid = ["".join("#" if rng.random() < density else "." for _ in range(n)) for _ in range(n)]
    print(n, k)
    print("\n".join(grid))


if __name__ == "__main__":
    main()
