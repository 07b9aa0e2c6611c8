import random
import sys

FILLER = "abcxyz019_.,:=;'\"#@!"


def balanced(rng: random.Random, length: int) -> str:
    out: list[str] = []
    stack: list[str] = []
    pairs = {"(": ")", "[": "]", "{": "}"}
    while len(out) < length:
        r = rng.random()
        if r < 0.2:
            out.append(rng.choice(FILLER))
        elif r < 0.6 or not stack:
            b = rng.choice("([{")
            stack.append(pairs[b])
            out.append(b)
        else:
            out.append(stack.pop())
    out.extend(reversed(stack))
    return "".join(out)


def damage(rng: random.Random, s: str) -> str:
    chars = list(s)
    kind = rng.randint(0, 3)
    idx = [i for i, c in enumerate(chars) if c in "()[]{}"]
    if not idx:
        return s + ")"
    if kind == 0:  # drop one bracket
        del chars[rng.choice(idx)]
    elif kind == 1:  # change a bracket type
        i = rng.choice(idx)
        chars[i] = {"(": "[", "[": "{", "{": "(", ")": "]", "]": "}", "}": ")"}[chars[i]]
    elif kind == 2:  # extra opener at the end
        chars.append(rng.choice("([{"))
    else:  # a stray closer in the middle
        i = rng.choice(idx)
        chars.insert(i, rng.choice(")]}"))
    return "".join(chars)


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in (30, 31):
        # one snippet nested 10^5 deep (the total length limit), mixed bracket types; 31 closes
        # the outermost bracket with the wrong type, so the error is the very last character
        opens = "".join(rng.choice("([{") for _ in range(100_000))
        closes = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opens))
        if seed == 31:
            closes = closes[:-1] + {")": "]", "]": "}", "}": ")"}[closes[-1]]
        print(1)
        print(opens + closes)
        return
    if seed <= 3:
        t, budget = rng.randint(1, 8), 80
    elif seed <= 6:
        t, budget = rng.randint(50, 500), 20_000
    else:
        t, budget = [1, 10_000, 300, 2][seed % 4], 200_000
    per = max(1, budget // t - 8)
    snippets = []
    for _ in range(t):
        s = balanced(rng, rng.randint(1, per))
        if rng.random() < 0.5:
            s = damage(rng, s)
        elif stress is not None and rng.random() < 0.4:
            # stress only: splice a crossed pair like "([)]" into a balanced snippet, balanced in
            # count per type but not well-formed (generated tests keep their old content)
            a, b = rng.sample("([{", 2)
            closer = {"(": ")", "[": "]", "{": "}"}
            i = rng.randint(0, len(s))
            s = s[:i] + a + b + closer[a] + closer[b] + s[i:]
        snippets.append(s[: budget // t] or "x")
    print(t)
    print("\n".join(snippets))


main()
