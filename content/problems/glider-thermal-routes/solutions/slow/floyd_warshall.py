# Correct but O(n^3): all-pairs Floyd-Warshall, then negative loops via dist[k][k] < 0.
import sys


def main():
    vals = list(map(int, sys.stdin.buffer.read().split()))
    n, m, s = vals[0], vals[1], vals[2]
    INF = float("inf")
    d = [[INF] * (n + 1) for _ in range(n + 1)]
    for v in range(1, n + 1):
        d[v][v] = 0
    for i in range(m):
        u, v, w = vals[3 + 3 * i], vals[4 + 3 * i], vals[5 + 3 * i]
        if w < d[u][v]:
            d[u][v] = w
    for k in range(1, n + 1):
        dk = d[k]
        for i in range(1, n + 1):
            di = d[i]
            dik = di[k]
            if dik == INF:
                continue
            for j in range(1, n + 1):
                if dik + dk[j] < di[j]:
                    di[j] = dik + dk[j]
    out = []
    for v in range(1, n + 1):
        if d[s][v] == INF:
            out.append("unreachable")
        elif any(d[s][k] != INF and d[k][k] < 0 and d[k][v] != INF for k in range(1, n + 1)):
            out.append("-inf")
        else:
            out.append(str(d[s][v]))
    print("\n".join(out))


main()
