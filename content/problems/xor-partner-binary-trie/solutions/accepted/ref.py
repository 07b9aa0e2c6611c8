# Complexity: O(30 q) time: every request walks the 30 levels of a binary trie in flat lists;
# O(30 q) memory, nodes are never freed (removals only decrement counts).
import sys

BITS = 30


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    # binary trie in flat lists: children of node v are kids[2v] (bit 0) and kids[2v+1] (bit 1)
    kids = [0, 0]
    cnt = [0]  # how many stored copies pass through each node
    out = []
    total = 0
    shifts = range(BITS - 1, -1, -1)
    pos = 1
    for _ in range(q):
        op = data[pos]
        x = int(data[pos + 1])
        pos += 2
        if op == b"?":
            if total == 0:
                out.append(-1)
                continue
            v = 0
            best = 0
            for s in shifts:
                want = ((x >> s) & 1) ^ 1
                c = kids[2 * v + want]
                if c and cnt[c]:
                    best |= 1 << s
                    v = c
                else:
                    v = kids[2 * v + (want ^ 1)]
            out.append(best)
        else:
            d = 1 if op == b"+" else -1
            total += d
            v = 0
            cnt[0] += d
            for s in shifts:
                b = (x >> s) & 1
                c = kids[2 * v + b]
                if c == 0:
                    c = len(cnt)
                    kids[2 * v + b] = c
                    kids.append(0)
                    kids.append(0)
                    cnt.append(0)
                cnt[c] += d
                v = c
    sys.stdout.write("\n".join(map(str, out)) + ("\n" if out else ""))


main()
