import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    patches = sorted(zip(map(int, data[2:2 + 2 * n:2]), map(int, data[1:1 + 2 * n:2])))
    chosen: list[int] = []
    clock = 0
    for deadline, hours in patches:
        chosen.append(hours)
        clock += hours
        if clock > deadline:
            longest = 0
            for i in range(1, len(chosen)):  # linear scan instead of a heap
                if chosen[i] > chosen[longest]:
                    longest = i
            clock -= chosen[longest]
            chosen[longest] = chosen[-1]
            chosen.pop()
    print(len(chosen))


main()
