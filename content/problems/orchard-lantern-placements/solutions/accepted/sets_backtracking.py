# Complexity: exponential: a backtracking over rows (dark, or one free column), at most
# sum_j C(n, j) * n! / (n - j)! partial placements before the diagonal pruning, fine for n <= 9;
# O(n) work per placement to scan the columns; O(n) recursion depth and sets.
import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    grid = data[2:2 + n]
    used_cols: set[int] = set()
    used_down: set[int] = set()
    used_up: set[int] = set()

    def place(row: int, left: int) -> int:
        if left == 0:
            return 1
        if n - row < left:
            return 0
        ways = place(row + 1, left)  # leave this row dark
        for col in range(n):
            if grid[row][col] != ".":
                continue
            if col in used_cols or row - col in used_down or row + col in used_up:
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
