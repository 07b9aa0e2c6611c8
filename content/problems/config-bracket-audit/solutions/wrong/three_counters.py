import sys

# Wrong: one counter per bracket type; accepts crossed brackets such as "([)]".
lines = sys.stdin.read().split()
t = int(lines[0])
for s in lines[1 : 1 + t]:
    depth = {"(": 0, "[": 0, "{": 0}
    close = {")": "(", "]": "[", "}": "{"}
    ok = True
    for ch in s:
        if ch in depth:
            depth[ch] += 1
        elif ch in close:
            depth[close[ch]] -= 1
            if depth[close[ch]] < 0:
                ok = False
                break
    print("YES" if ok and all(v == 0 for v in depth.values()) else "NO")
