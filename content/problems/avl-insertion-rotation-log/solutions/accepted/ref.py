# Complexity: O(n log n) time: each of the n insertions walks and repairs a path of height
# O(log n) (AVL), with at most one rotation; O(n) memory for the node arrays.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    keys = data[1:1 + n]
    # node storage in parallel lists; index 0 is the "null" node with height 0
    key = [0]
    L = [0]
    R = [0]
    H = [0]
    root = 0
    singles = doubles = 0

    def rot_right(y):
        x = L[y]
        L[y] = R[x]
        R[x] = y
        H[y] = 1 + max(H[L[y]], H[R[y]])
        H[x] = 1 + max(H[L[x]], H[R[x]])
        return x

    def rot_left(x):
        y = R[x]
        R[x] = L[y]
        L[y] = x
        H[x] = 1 + max(H[L[x]], H[R[x]])
        H[y] = 1 + max(H[L[y]], H[R[y]])
        return y

    for tok in keys:
        k = int(tok)
        if root == 0:
            key.append(k); L.append(0); R.append(0); H.append(1)
            root = len(key) - 1
            continue
        path = []
        cur = root
        found = False
        while cur:
            path.append(cur)
            if k == key[cur]:
                found = True
                break
            cur = L[cur] if k < key[cur] else R[cur]
        if found:
            continue
        key.append(k); L.append(0); R.append(0); H.append(1)
        new = len(key) - 1
        parent = path[-1]
        if k < key[parent]:
            L[parent] = new
        else:
            R[parent] = new
        for i in range(len(path) - 1, -1, -1):
            z = path[i]
            old_h = H[z]
            hl, hr = H[L[z]], H[R[z]]
            H[z] = 1 + (hl if hl > hr else hr)
            bf = hl - hr
            if bf > 1 or bf < -1:
                if bf > 1:
                    if k < key[L[z]]:
                        sub = rot_right(z)
                        singles += 1
                    else:
                        L[z] = rot_left(L[z])
                        sub = rot_right(z)
                        doubles += 1
                else:
                    if k > key[R[z]]:
                        sub = rot_left(z)
                        singles += 1
                    else:
                        R[z] = rot_right(R[z])
                        sub = rot_left(z)
                        doubles += 1
                if i == 0:
                    root = sub
                else:
                    p = path[i - 1]
                    if L[p] == z:
                        L[p] = sub
                    else:
                        R[p] = sub
                break  # the subtree is back to its old height
            if H[z] == old_h:
                break  # nothing above changes
    out = []
    stack = [root] if root else []
    while stack:
        x = stack.pop()
        out.append(key[x])
        if R[x]:
            stack.append(R[x])
        if L[x]:
            stack.append(L[x])
    sys.stdout.write(f"{singles} {doubles}\n{H[root]}\n{' '.join(map(str, out))}\n")


main()
