# Bug: depth-first search over lines reports the first route found, not the shortest.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    pos = 2
    lines = []
    lines_at = [[] for _ in range(n + 1)]
    for i in range(k):
        L = int(data[pos])
        stops = list(map(int, data[pos + 1:pos + 1 + L]))
        pos += 1 + L
        lines.append(stops)
        for st in stops:
            lines_at[st].append(i)
    s, t = int(data[pos]), int(data[pos + 1])
    if s == t:
        print(0)
        return
    used = [False] * k
    seen = [False] * (n + 1)
    seen[s] = True
    stack = [(s, 0)]
    while stack:
        v, d = stack.pop()
        if v == t:
            print(d)
            return
        for li in lines_at[v]:
            if not used[li]:
                used[li] = True
                for w in lines[li]:
                    if not seen[w]:
                        seen[w] = True
                        stack.append((w, d + 1))
    print(-1)


main()
