# Complexity: O(n) time per snapshot, O(q * n) overall: a loop fixes the rod of one disk per step,
# largest first; O(n) memory per snapshot, no recursion.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        rods = [0] * (n + 1)
        src, dst, aux = 1, 3, 2
        for disk in range(n, 0, -1):
            half = 1 << (disk - 1)
            if k < half:
                rods[disk] = src
                dst, aux = aux, dst
            else:
                rods[disk] = dst
                k -= half
                src, aux = aux, src
        out.append(" ".join(map(str, rods[1:])))
    sys.stdout.write("\n".join(out) + "\n")


main()
