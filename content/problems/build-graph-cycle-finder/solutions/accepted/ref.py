# Complexity: O(n + m) time: an iterative three-colour DFS visits each target and each rule once,
# then walks the parent links of the grey path to print the circle; O(n + m) memory.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        adj[a].append(b)
    WHITE, GREY, BLACK = 0, 1, 2
    color = [WHITE] * (n + 1)
    parent = [0] * (n + 1)
    nxt = [0] * (n + 1)  # next edge index to try, per vertex
    for root in range(1, n + 1):
        if color[root] != WHITE:
            continue
        color[root] = GREY
        stack = [root]
        while stack:
            v = stack[-1]
            if nxt[v] < len(adj[v]):
                w = adj[v][nxt[v]]
                nxt[v] += 1
                if color[w] == WHITE:
                    color[w] = GREY
                    parent[w] = v
                    stack.append(w)
                elif color[w] == GREY:
                    cycle = [v]
                    while cycle[-1] != w:
                        cycle.append(parent[cycle[-1]])
                    cycle.reverse()  # w ... v, and v needs w closes it
                    print(f"CYCLE {len(cycle)}")
                    print(" ".join(map(str, cycle)))
                    return
            else:
                color[v] = BLACK
                stack.pop()
    print("OK")


main()
