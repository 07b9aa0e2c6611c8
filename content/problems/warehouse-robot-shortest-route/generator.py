"""Warehouse grids: random shelves, open floors, serpentine mazes, sealed chargers."""
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        n, m = rng.randint(2, 8), rng.randint(2, 8)
    elif seed <= 5:
        n, m = 100, 100
    else:
        n, m = 500, 500
    kind = {6: "open", 8: "snake", 9: "sealed", 10: "edge"}.get(seed, "random")
    if kind == "open":
        g = [["."] * m for _ in range(n)]
        s, t = (0, 0), (n - 1, m - 1)
    elif kind == "snake":
        # walls on every other row with a gap alternating between the ends: one long corridor
        g = [["."] * m for _ in range(n)]
        for r in range(1, n, 2):
            for c in range(m):
                g[r][c] = "#"
            g[r][m - 1 if (r // 2) % 2 == 0 else 0] = "."
        s, t = (0, 0), (n - 1, 0 if (n - 1) % 4 == 0 else m - 1)
    elif kind == "sealed":
        g = [["#" if rng.random() < 0.2 else "." for _ in range(m)] for _ in range(n)]
        s, t = (0, 0), (n // 2, m // 2)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    g[t[0] + dr][t[1] + dc] = "#"
    elif kind == "edge":
        # S in the top-left corner, T in the bottom-left corner; a wall row forces a detour
        # through the far right column (wrapping around the edge would be a shortcut)
        g = [["#" if rng.random() < 0.1 else "." for _ in range(m)] for _ in range(n)]
        for c in range(m - 1):
            g[n // 2][c] = "#"
        for r in range(n):
            g[r][m - 1] = "."
        s, t = (0, 0), (n - 1, 0)
    else:
        dens = rng.choice([0.1, 0.25, 0.35])
        g = [["#" if rng.random() < dens else "." for _ in range(m)] for _ in range(n)]
        cells = [(r, c) for r in range(n) for c in range(m)]
        s, t = rng.sample(cells, 2)
    g[s[0]][s[1]] = "S"
    g[t[0]][t[1]] = "T"
    print(n, m)
    print("\n".join("".join(row) for row in g))


main()
