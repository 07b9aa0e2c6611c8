# Correct but O(answer * n): tries d = 1, 2, 3, ... until the greedy fails.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    marks = sorted(map(int, data[2:2 + n]))

    def feasible(d):
        count, last = 1, marks[0]
        for x in marks:
            if x - last >= d:
                count += 1
                last = x
        return count >= k

    d = 0
    while feasible(d + 1):
        d += 1
    print(d)


main()
