import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    stamps = sorted(set(map(int, data[1:1 + m])))
    q = int(data[1 + m])
    out = []
    for target in map(int, data[2 + m:2 + m + q]):
        INF = target + 1
        best = [INF] * (target + 1)  # rebuilt from scratch for every parcel
        best[0] = 0
        for v in range(1, target + 1):
            for s in stamps:
                if s > v:
                    break
                if best[v - s] + 1 < best[v]:
                    best[v] = best[v - s] + 1
        out.append(str(best[target]) if best[target] < INF else "-1")
    sys.stdout.write("\n".join(out) + "\n")


main()
