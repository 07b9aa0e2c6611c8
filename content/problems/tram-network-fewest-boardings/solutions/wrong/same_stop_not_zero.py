# Bug: only recognises the target while scanning a boarded line, so s == t gives 1 (or -1).
import sys
from collections import deque


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
    seen = [False] * (n + 1)
    used = [False] * k
    seen[s] = True
    q = deque([(s, 0)])
    while q:
        v, d = q.popleft()
        for li in lines_at[v]:
            if used[li]:
                continue
            used[li] = True
            for w in lines[li]:
                if w == t:
                    print(d + 1)
                    return
                if not seen[w]:
                    seen[w] = True
                    q.append((w, d + 1))
    print(-1)


main()
