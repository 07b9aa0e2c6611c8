"""Wrong: a sentinel equal to the largest stated value: the true answer 5 * 10^4 (only 1-cent stamps,
V = 5 * 10^4) prints -1."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    stamps = sorted(set(map(int, data[1:1 + m])))
    q = int(data[1 + m])
    values = list(map(int, data[2 + m:2 + m + q]))
    top = max(values)
    INF = 50000  # "V <= 5 * 10^4", so no answer can be that large -- but V itself can be
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
