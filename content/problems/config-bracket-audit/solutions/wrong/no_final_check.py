import sys

PAIRS = {")": "(", "]": "[", "}": "{"}

# Wrong: never checks that the stack is empty at the end.
lines = sys.stdin.read().split()
t = int(lines[0])
for s in lines[1 : 1 + t]:
    stack = []
    ok = True
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                ok = False
                break
    print("YES" if ok else "NO")
