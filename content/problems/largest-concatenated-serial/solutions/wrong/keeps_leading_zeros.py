# Bug: correct order, but an all-zero input prints "000" instead of "0".
import sys
from functools import cmp_to_key

data = sys.stdin.read().split()
n = int(data[0])
parts = sorted(data[1:1 + n], key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
print("".join(parts))
