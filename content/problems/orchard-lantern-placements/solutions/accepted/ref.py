# Complexity: exponential: a backtracking over rows (dark, or one free column), at most
# sum_j C(n, j) * n! / (n - j)! partial placements before the diagonal pruning, fine for n <= 9;
# O(1) bitmask work per placement; O(n) recursion depth.
import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    grid = data[2:2 + n]
    full = (1 << n) - 1
    open_cells = [sum(1 << c for c in range(n) if grid[r][c] == ".") for r in range(n)]

    def search(row: int, left: int, cols: int, diag1: int, diag2: int) -> int:
        if left == 0:
            return 1
        rows_left = n - row
        if rows_left < left:
            return 0
        # diag1 bits move one column left per row, diag2 bits one column right
        total = 0
        if rows_left > left:
            total = search(row + 1, left, cols, diag1 >> 1, (diag2 << 1) & full)
        free = open_cells[row] & ~(cols | diag1 | diag2)
        while free:
            bit = free & -free
            free ^= bit
            total += search(row + 1, left - 1, cols | bit, (diag1 | bit) >> 1, ((diag2 | bit) << 1) & full)
        return total

    print(search(0, k, 0, 0, 0))


main()
