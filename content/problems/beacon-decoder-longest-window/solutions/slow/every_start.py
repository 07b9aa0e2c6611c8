import sys

# Correct but O(n * answer): grows a fresh window from every start.
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
best_len, best_start = 0, 0
for i in range(n):
    seen = set()
    j = i
    while j < n:
        if s[j] not in seen:
            if len(seen) == k:
                break
            seen.add(s[j])
        j += 1
    if j - i > best_len:
        best_len, best_start = j - i, i
print(best_len, best_start + 1)
