import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    needs = list(map(int, data[2:2 + n]))
    lengths = sorted(map(int, data[2 + n:2 + n + m]), reverse=True)
    # devices in input order, each grabs the longest remaining cable if it reaches
    powered = 0
    j = 0
    for need in needs:
        if j < m and lengths[j] >= need:
            powered += 1
            j += 1
    print(powered)


main()
