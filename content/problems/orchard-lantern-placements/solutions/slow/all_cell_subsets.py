import sys
from itertools import combinations


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    grid = data[2:2 + n]
    cells = [(r, c) for r in range(n) for c in range(n) if grid[r][c] == "."]
    count = 0
    for chosen in combinations(cells, k):
        rows = {r for r, _ in chosen}
        cols = {c for _, c in chosen}
        down = {r - c for r, c in chosen}
        up = {r + c for r, c in chosen}
        if len(rows) == len(cols) == len(down) == len(up) == k:
            count += 1
    print(count)


main()
