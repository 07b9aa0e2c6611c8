import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    m = int(data[0])
    stamps = sorted(set(map(int, data[1:1 + m])), reverse=True)
    q = int(data[1 + m])
    out = []
    for v in map(int, data[2 + m:2 + m + q]):
        count = 0
        for s in stamps:  # largest stamp first, as many as fit
            count += v // s
            v %= s
        out.append(str(count) if v == 0 else "-1")
    sys.stdout.write("\n".join(out) + "\n")


main()
