import sys
from collections import defaultdict

# Wrong: '>=' keeps the LAST window of maximum length instead of the first.
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
count: dict[str, int] = defaultdict(int)
left = 0
best_len, best_start = 0, 0
for right, ch in enumerate(s):
    count[ch] += 1
    while len(count) > k:
        count[s[left]] -= 1
        if count[s[left]] == 0:
            del count[s[left]]
        left += 1
    if right - left + 1 >= best_len:
        best_len, best_start = right - left + 1, left
print(best_len, best_start + 1)
