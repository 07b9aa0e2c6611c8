# Complexity: O(n) time per snapshot, O(q * n) overall: each recursion level fixes the rod of one
# disk; O(n) memory and recursion depth per snapshot.
import sys


def snapshot(n: int, k: int) -> list[int]:
    rods = [0] * (n + 1)

    def place(disks: int, src: int, dst: int, aux: int, moves: int) -> None:
        if disks == 0:
            return
        half = 1 << (disks - 1)
        if moves < half:
            rods[disks] = src
            place(disks - 1, src, aux, dst, moves)
        else:
            rods[disks] = dst
            place(disks - 1, aux, dst, src, moves - half)

    place(n, 1, 3, 2, k)
    return rods[1:]


def main() -> None:
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        out.append(" ".join(map(str, snapshot(n, k))))
    sys.stdout.write("\n".join(out) + "\n")


main()
