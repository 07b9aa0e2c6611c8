import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    needs = sorted(map(int, data[2:2 + n]))
    lengths = list(map(int, data[2 + n:2 + n + m]))
    used = [False] * m
    powered = 0
    for need in needs:
        best = -1
        for j in range(m):  # shortest unused cable that reaches: O(m) per device
            if not used[j] and lengths[j] >= need and (best == -1 or lengths[j] < lengths[best]):
                best = j
        if best != -1:
            used[best] = True
            powered += 1
    print(powered)


main()
