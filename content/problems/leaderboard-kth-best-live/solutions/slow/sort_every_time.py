import sys

# Correct but sorts all scores so far after every arrival.
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
scores: list[int] = []
out = []
for tok in data[2 : 2 + n]:
    scores.append(int(tok))
    scores.sort(reverse=True)
    out.append(scores[k - 1] if len(scores) >= k else -1)
print(*out)
