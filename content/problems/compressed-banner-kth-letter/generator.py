import json
import random
import sys

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def gen_seq(rng: random.Random, budget: list[int], depth: int, max_depth: int, max_count: int) -> tuple[str, int]:
    """Returns (notation, expanded length). Always contains at least one letter."""
    parts: list[str] = []
    length = 0
    pieces = rng.randint(1, 6)
    for p in range(pieces):
        if budget[0] <= 0 and p > 0:
            break
        if depth < max_depth and budget[0] > 8 and rng.random() < 0.45:
            count = rng.randint(1, max_count) if rng.random() < 0.7 else rng.randint(1, 12)
            inner, inner_len = gen_seq(rng, budget, depth + 1, max_depth, max_count)
            text = f"{count}[{inner}]"
            length += count * inner_len
        else:
            run = rng.randint(1, 5)
            text = "".join(rng.choice(LETTERS) for _ in range(run))
            length += run
        budget[0] -= len(text) if not text[0].isdigit() else len(str(text.split("[")[0])) + 2
        parts.append(text)
    return "".join(parts), length


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed == 30:
        # the widest sequence: 7800 pieces side by side, then the deepest chain (30 repeats of
        # ~10^9 nested, so L is astronomical); every k falls in the last pieces or the chain,
        # which a walk over the pieces (instead of a binary search) reaches only after 7800 steps
        wide = "9[a]b" * 3900
        chain = "z"
        for level in range(30):
            chain = f"{10**9 - level}[{LETTERS[level % 26]}{chain}]"
        code = wide + chain
        head = 3900 * 10
        ks = [rng.randint(head - 50, head) if i % 2 else rng.randint(head + 1, 10**18) for i in range(10**4)]
        ks[0], ks[-1] = 1, 10**18
        print(json.dumps({"args": [code, ks]}))
        return
    if seed <= 3:
        size, depth, max_count, q = 40, 3, 5, 30
    elif seed <= 6:
        size, depth, max_count, q = 2000, 10, 1000, 2000
    else:
        size, depth, max_count, q = 19000, 30, 10**9, 10**4
    budget = [size]
    chunks = []
    total = 0
    while budget[0] > 0:
        text, length = gen_seq(rng, budget, 1 if seed != 10 else 30, depth, max_count)
        chunks.append(text)
        total += length
    code = "".join(chunks)
    if seed == 9:
        # a deep chain of 30 nested repeats
        chain = "z"
        for level in range(30):
            chain = f"{10**9 - level}[{LETTERS[level % 26]}{chain}]"
        code += chain
    assert len(code) <= 20000
    # recompute length exactly
    total = expanded_length(code)
    cap = min(total, 10**18)
    ks = []
    for i in range(q):
        r = rng.random()
        if r < 0.05:
            ks.append(1)
        elif r < 0.1:
            ks.append(cap)
        else:
            ks.append(rng.randint(1, cap))
    print(json.dumps({"args": [code, ks]}))


def expanded_length(code: str) -> int:
    stack = [0]
    counts = []
    i = 0
    while i < len(code):
        c = code[i]
        if c.isdigit():
            j = i
            while code[j].isdigit():
                j += 1
            counts.append(int(code[i:j]))
            stack.append(0)
            i = j + 1
        elif c == "]":
            inner = stack.pop()
            stack[-1] += counts.pop() * inner
            i += 1
        else:
            stack[-1] += 1
            i += 1
    return stack[0]


if __name__ == "__main__":
    main()
