import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    total = sum(map(int, data[2:2 + n]))
    print(-(-total // cap))  # packs by weight, forgets the two-seat rule


main()
