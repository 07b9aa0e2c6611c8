import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, limit = int(data[0]), int(data[1])
    sizes = list(map(int, data[2:2 + n]))
    chunk = 1
    while sum((s + chunk - 1) // chunk for s in sizes) > limit:
        chunk += 1
    print(chunk)


main()
