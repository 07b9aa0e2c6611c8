# Bug: keeps a set of codes; a removal forgets every copy of the code.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    codes = set()
    prefixes = [dict() for _ in range(31)]  # level -> prefix -> count of distinct codes
    out = []
    for i in range(q):
        op, x = data[1 + 2 * i], int(data[2 + 2 * i])
        if op == b"+":
            if x not in codes:
                codes.add(x)
                for b in range(31):
                    p = x >> b
                    prefixes[b][p] = prefixes[b].get(p, 0) + 1
        elif op == b"-":
            if x in codes:
                codes.remove(x)
                for b in range(31):
                    p = x >> b
                    prefixes[b][p] -= 1
        else:
            if not codes:
                out.append(-1)
                continue
            best = 0
            for b in range(29, -1, -1):
                cand = best | (1 << b)
                if prefixes[b].get((x ^ cand) >> b, 0):
                    best = cand
            out.append(best)
    print("\n".join(map(str, out)))


main()
