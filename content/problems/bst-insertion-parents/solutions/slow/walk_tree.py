# Correct simulation, O(depth) per insertion: quadratic on sorted input.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    left, right = {}, {}
    root = a[0]
    out = []
    for x in a[1:]:
        cur = root
        while True:
            if x < cur:
                if cur in left:
                    cur = left[cur]
                else:
                    left[cur] = x
                    break
            else:
                if cur in right:
                    cur = right[cur]
                else:
                    right[cur] = x
                    break
        out.append(cur)
    print(" ".join(map(str, out)))


main()
