import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    patches = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])))
    clock = 0
    done = 0
    for deadline, hours in patches:  # earliest deadline first, take it if it still fits
        if clock + hours <= deadline:
            clock += hours
            done += 1
    print(done)


main()
