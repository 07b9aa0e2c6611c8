# Complexity: O(m * Vmax + q) time, Vmax the largest queried value: fill the fewest-stamps table
# once, then O(1) per query; O(Vmax) memory for the table.
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    stamps = sorted(set(map(int, data[1:1 + m])))
    q = int(data[1 + m])
    values = list(map(int, data[2 + m:2 + m + q]))
    top = max(values)
    INF = top + 1  # more stamps than any real answer could need
    best = [INF] * (top + 1)
    best[0] = 0
    for stamp in stamps:
        for v in range(stamp, top + 1):
            cand = best[v - stamp] + 1
            if cand < best[v]:
                best[v] = cand
    out = [str(best[v]) if best[v] < INF else "-1" for v in values]
    sys.stdout.write("\n".join(out) + "\n")


main()
