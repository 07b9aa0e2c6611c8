import sys

# Correct but O(n * distinct): no hash map, list.count for every distinct word.
data = sys.stdin.read().split()
n = int(data[0])
words = data[1 : 1 + n]
best_word, best_count = None, 0
seen = []
for w in words:
    if w in seen:
        continue
    seen.append(w)
    c = words.count(w)
    if c > best_count or (c == best_count and w < best_word):
        best_word, best_count = w, c
print(best_word, best_count)
