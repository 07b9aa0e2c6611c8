import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    w = sorted(map(int, data[2:2 + n]), reverse=True)
    taken = [False] * n
    cabins = 0
    for a in range(n):
        if taken[a]:
            continue
        taken[a] = True
        cabins += 1
        room = cap - w[a]
        for b in range(a + 1, n):  # heaviest partner that still fits: O(n) scan
            if not taken[b] and w[b] <= room:
                taken[b] = True
                break
    print(cabins)


main()
