# Bug: plain descending string order; "30" lands before "3".
import sys

data = sys.stdin.read().split()
n = int(data[0])
parts = sorted(data[1:1 + n], reverse=True)
result = "".join(parts)
print("0" if result[0] == "0" else result)
