import sys

# Wrong: max over (count, word) picks the alphabetically LARGEST word among ties.
data = sys.stdin.read().split()
n = int(data[0])
counts: dict[str, int] = {}
for w in data[1 : 1 + n]:
    counts[w] = counts.get(w, 0) + 1
count, word = max((c, w) for w, c in counts.items())
print(word, count)
