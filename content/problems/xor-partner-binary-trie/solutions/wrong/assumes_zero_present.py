# Bug: behaves as if code 0 were always in use.
import sys

BITS = 30


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    # binary trie in flat lists: children of node v are kids[2v] (bit 0) and kids[2v+1] (bit 1)
    kids = [0, 0]
    cnt = [0]
    # Bug: seeds the structure with code 0, as if it were always in use  # how many stored copies pass through each node
    out = []
    total = 0
    v = 0
    cnt[0] += 1
    for s in range(BITS):
        kids[2 * v] = len(cnt)
        v = len(cnt)
        kids.extend((0, 0))
        cnt.append(1)
    total = 1
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
