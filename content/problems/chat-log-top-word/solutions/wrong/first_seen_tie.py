import sys
from collections import Counter

# Wrong: most_common breaks ties by first appearance, not alphabetically.
data = sys.stdin.read().split()
n = int(data[0])
word, count = Counter(data[1 : 1 + n]).most_common(1)[0]
print(word, count)
