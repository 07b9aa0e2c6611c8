"""Collapsed floors: random rubble, winding corridors (thin rubble walls with gaps),
corridors with a few blocked gaps, all-rubble floors."""
import json
import random
import sys


def snake(rows, cols, horizontal, rng, block_some):
    g = [["."] * cols for _ in range(rows)]
    if horizontal:
        for r in range(1, rows - 1, 2):
            for c in range(cols):
                g[r][c] = "#"
            gap = cols - 1 if (r // 2) % 2 == 0 else 0
            g[r][gap] = "." if not (block_some and rng.random() < 0.3) else "#"
    else:
        for c in range(1, cols - 1, 2):
            for r in range(rows):
                g[r][c] = "#"
            gap = rows - 1 if (c // 2) % 2 == 0 else 0
            g[gap][c] = "." if not (block_some and rng.random() < 0.3) else "#"
    return g


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        rows, cols = rng.randint(1, 8), rng.randint(1, 8)
    elif seed <= 6:
        rows, cols = 100, 100
    else:
        rows, cols = 500, 500
    if seed in (9, 10, 11):
        g = snake(rows, cols, seed != 10, rng, seed == 11)
    elif seed == 12:
        g = [["#"] * cols for _ in range(rows)]
    else:
        p = {7: 0.3, 8: 0.5}.get(seed, rng.choice([0.2, 0.4, 0.6]))
        g = [["#" if rng.random() < p else "." for _ in range(cols)] for _ in range(rows)]
    g[0][0] = "."
    g[rows - 1][cols - 1] = "."
    print(json.dumps({"args": [["".join(row) for row in g]]}))


main()
