"""Tram networks: random lines, one giant line, long chains of overlapping lines, split cities."""
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    lines = []
    if seed <= 3:
        n = rng.randint(2, 10)
        for _ in range(rng.randint(1, 5)):
            lines.append(rng.sample(range(1, n + 1), rng.randint(1, min(n, 4))))
    elif seed <= 8:
        n = 1000 if seed <= 6 else 20000
        budget = n
        while budget > 0:
            L = min(budget, rng.randint(2, 12))
            lines.append(rng.sample(range(1, n + 1), L))
            budget -= L
    elif seed == 9:  # one giant line plus a sprinkle of short ones
        n = 2 * 10**5
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        lines.append(perm[:10**5])
        rest = 10**5
        while rest > 0:
            L = min(rest, rng.randint(2, 6))
            lines.append(rng.sample(range(1, n + 1), L))
            rest -= L
    elif seed in (10, 13, 30):  # a long chain of lines, each sharing one stop with the next
        n = 2 * 10**5
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        # 30: 10^5 lines of two stops, the most lines allowed: the largest answer, 10^5 boardings
        L = {10: 4, 13: 2000, 30: 2}[seed]
        i = 0
        total = 0  # running sum of line lengths (re-summing every step was quadratic)
        while i + L <= n and total + L <= 2 * 10**5:
            lines.append(perm[i:i + L])
            total += L
            i += L - 1
        rng.shuffle(lines)
        s, t = perm[0], perm[i]
    elif seed == 11:
        n = 2 * 10**5
        budget = 2 * 10**5
        while budget > 0:
            L = min(budget, rng.randint(5, 40))
            lines.append(rng.sample(range(1, n // 4 + 1), L))
            budget -= L
    else:  # seed 12: two separate halves, target in the other half
        n = 2 * 10**5
        half = n // 2
        budget = 2 * 10**5
        while budget > 0:
            L = min(budget, rng.randint(2, 50))
            lo, hi = (1, half) if rng.random() < 0.5 else (half + 1, n)
            lines.append(rng.sample(range(lo, hi + 1), L))
            budget -= L
    if seed not in (10, 13, 30):
        served = [x for ln in lines for x in ln]
        if seed == 12:
            s = rng.choice([x for x in served if x <= n // 2])
            t = rng.choice([x for x in served if x > n // 2])
        elif seed == 9:
            s, t = lines[-1][0], lines[1][0]
        else:
            s, t = rng.choice(served), rng.choice(served)
    out = [f"{n} {len(lines)}"]
    out += [f"{len(ln)} " + " ".join(map(str, ln)) for ln in lines]
    out.append(f"{s} {t}")
    print("\n".join(out))


main()
