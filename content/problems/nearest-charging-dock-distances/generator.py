"""Rooftop grids: random obstacles and docks, single far dock, dense docks, walls with gaps."""
import json
import random
import sys


def extreme(seed):
    """Named modes (seeds 30..31), 300 x 300."""
    n = 300
    if seed == 30:  # one serpentine corridor, its only dock at one end: the farthest answer (~45 000)
        g = [["."] * n for _ in range(n)]
        for r in range(1, n, 2):
            g[r] = ["#"] * n
            g[r][n - 1 if (r // 2) % 2 == 0 else 0] = "."
        g[n - 1][n - 1 if (n // 2) % 2 else 0] = "D"  # the far end of the last corridor row
        return g
    # 31: an open grid, one dock in the bottom-right corner: the widest BFS frontier, 598 at (0, 0)
    g = [["."] * n for _ in range(n)]
    g[n - 1][n - 1] = "D"
    return g


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps({"args": [["".join(row) for row in extreme(seed)]]}))
        return
    if seed <= 3:
        rows, cols = rng.randint(1, 7), rng.randint(1, 7)
    elif seed <= 6:
        rows, cols = rng.randint(40, 100), rng.randint(40, 100)
    else:
        rows, cols = 300, 300
    kind = {7: "one-dock", 8: "dense", 9: "walls", 10: "dense", 11: "no-dock", 12: "maze"}.get(seed, "random")
    wall_p = {"one-dock": 0.15, "dense": 0.25, "no-dock": 0.3}.get(kind, rng.choice([0.1, 0.3]))
    g = [["#" if rng.random() < wall_p else "." for _ in range(cols)] for _ in range(rows)]
    if kind == "random":
        for _ in range(max(1, rows * cols // rng.choice([10, 50, 200]))):
            g[rng.randrange(rows)][rng.randrange(cols)] = "D"
    elif kind == "one-dock":
        g[0][0] = "D"
    elif kind == "dense":
        for _ in range(rows * cols // 25):
            g[rng.randrange(rows)][rng.randrange(cols)] = "D"
    elif kind == "walls":
        # vertical walls with single gaps: long detours, docks on the left edge
        g = [["."] * cols for _ in range(rows)]
        for c in range(3, cols, 4):
            gap = rng.randrange(rows)
            for r in range(rows):
                if r != gap:
                    g[r][c] = "#"
        for r in range(0, rows, 7):
            g[r][0] = "D"
    elif kind == "maze":
        # serpentine corridors, a dock at each end of the snake and a few inside
        g = [["."] * cols for _ in range(rows)]
        for r in range(1, rows, 2):
            for c in range(cols):
                g[r][c] = "#"
            g[r][cols - 1 if (r // 2) % 2 == 0 else 0] = "."
        g[0][0] = "D"
        for _ in range(40):
            r = rng.randrange(0, rows, 2)
            g[r][rng.randrange(cols)] = "D"
    print(json.dumps({"args": [["".join(row) for row in g]]}))


main()
