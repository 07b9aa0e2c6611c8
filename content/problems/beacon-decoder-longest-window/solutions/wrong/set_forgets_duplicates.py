# Wrong: keeps a set of the letters in the window; removing s[left] from the set forgets
# that the same letter may still occur further right inside the window.
import sys
data = sys.stdin.read().split()
n, k = int(data[0]), int(data[1])
s = data[2]
window = set()
left = 0
best_len, best_start = 0, 0
for right, ch in enumerate(s):
    window.add(ch)
    while len(window) > k:
        window.discard(s[left])
        left += 1
    if right - left + 1 > best_len:
        best_len, best_start = right - left + 1, left
print(best_len, best_start + 1)
