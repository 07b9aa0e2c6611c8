import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    grid = data[2:2 + n]
    used_cols: set[int] = set()
    used_down: set[int] = set()
    used_up: set[int] = set()

    def place(row: int, left: int) -> int:
        # queens-puzzle habit: every row gets a lantern, rows are never skipped
        if left == 0:
            return 1
        if row == n:
            return 0
        ways = 0
        for col in range(n):
            if grid[row][col] != "." or col in used_cols or row - col in used_down or row + col in used_up:
                continue
            used_cols.add(col)
            used_down.add(row - col)
            used_up.add(row + col)
            ways += place(row + 1, left - 1)
            used_cols.remove(col)
            used_down.remove(row - col)
            used_up.remove(row + col)
        return ways

    print(place(0, k))


main()
