# Complexity: O(n log n) time: one sort on a key of each serial repeated to 20 characters,
# compared in O(20); O(n) memory for the keys (O(total digits) for the answer).
#
# Key-only version: compare serials repeated to 20 characters (>= len(a) + len(b)).
import sys

data = sys.stdin.read().split()
n = int(data[0])
parts = sorted(data[1:1 + n], key=lambda s: (s * 20)[:20], reverse=True)
result = "".join(parts)
print("0" if result[0] == "0" else result)
