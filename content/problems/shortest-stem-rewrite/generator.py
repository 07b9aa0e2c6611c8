"""Stems with nested prefixes and notes built from stem-derived and random words."""
import json
import random
import sys


def word(rng, alpha, lo, hi):
    return "".join(rng.choice(alpha) for _ in range(rng.randint(lo, hi)))


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        n_stems, note_len, alpha = rng.randint(1, 6), 60, "abc"
    elif seed <= 6:
        n_stems, note_len, alpha = rng.randint(50, 300), 5000, "abcdefgh"
    else:
        n_stems, note_len = 5000, 2 * 10**5
        alpha = "abcdefghijklmnopqrstuvwxyz" if seed % 2 else "abcdefgh"
    stems = []
    while len(stems) < n_stems:
        if stems and rng.random() < 0.4:
            base = rng.choice(stems)  # extend or cut an existing stem: nested prefixes
            s = base + word(rng, alpha, 1, 4) if rng.random() < 0.5 else base[: max(1, len(base) - 1)]
            s = s[:30]
        else:
            s = word(rng, alpha, 2 if seed >= 9 else 1, 8)
        stems.append(s)
    words, total = [], 0
    while True:
        r = rng.random()
        if r < 0.6:
            w = (rng.choice(stems) + word(rng, alpha, 0, 3))[:30]
        else:
            w = word(rng, alpha, 1, 8)
        if total + len(w) + (1 if words else 0) > note_len:
            break
        total += len(w) + (1 if words else 0)
        words.append(w)
    print(json.dumps({"args": [stems, " ".join(words)]}))


main()
