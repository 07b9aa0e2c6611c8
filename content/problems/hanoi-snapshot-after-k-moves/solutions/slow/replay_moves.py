import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        rods = [1] * (n + 1)
        # explicit stack replaying the shortest schedule move by move
        stack = [(n, 1, 3, 2)]
        done = 0
        while stack and done < k:
            disks, src, dst, aux = stack.pop()
            if disks == 0:
                continue
            if disks < 0:  # marker: move disk -disks now
                rods[-disks] = dst
                done += 1
                continue
            stack.append((disks - 1, aux, dst, src))
            stack.append((-disks, src, dst, aux))
            stack.append((disks - 1, src, aux, dst))
        out.append(" ".join(map(str, rods[1:])))
    sys.stdout.write("\n".join(out) + "\n")


main()
