import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    stamps = sorted(set(map(int, data[1:1 + m])))
    q = int(data[1 + m])
    values = list(map(int, data[2 + m:2 + m + q]))
    top = max(values)
    INF = top + 1
    best = [INF] * (top + 1)
    best[0] = 0
    for stamp in stamps:
        for v in range(top, stamp - 1, -1):  # downwards: 0/1 knapsack, each value used once
            if best[v - stamp] + 1 < best[v]:
                best[v] = best[v - stamp] + 1
    sys.stdout.write("\n".join(str(best[v]) if best[v] < INF else "-1" for v in values) + "\n")


main()
