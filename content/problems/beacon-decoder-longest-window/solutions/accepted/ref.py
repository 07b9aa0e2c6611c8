# Complexity: O(n) time: a sliding window where each index enters and leaves once; O(1) extra
# memory besides the input (26 letter counters).
import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    s = data[2]
    codes = [ord(c) - 97 for c in s]
    count = [0] * 26
    distinct = 0
    left = 0
    best_len, best_start = 0, 0
    for right in range(n):
        c = codes[right]
        if count[c] == 0:
            distinct += 1
        count[c] += 1
        while distinct > k:
            d = codes[left]
            count[d] -= 1
            if count[d] == 0:
                distinct -= 1
            left += 1
        if right - left + 1 > best_len:
            best_len, best_start = right - left + 1, left
    print(best_len, best_start + 1)


main()
