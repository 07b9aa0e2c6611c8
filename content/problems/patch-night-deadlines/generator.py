import random
import sys


def extreme(seed: int) -> list[tuple[int, int]]:
    """Named modes (seeds 30..32), n = 2 * 10^5: (hours, deadline) pairs."""
    n = 200000
    if seed == 30:  # 10^4 hours each, all due at 10^9: exactly 10^5 fit, the last ends at 10^9
        return [(10**4, 10**9)] * n
    if seed == 31:  # every patch longer than its deadline: 0
        return [(10**4, 1 + i % (10**4 - 1)) for i in range(n)]
    # 32: one hour each, deadlines strictly decreasing n .. 1: all n fit, each ending on its deadline
    return [(1, n - i) for i in range(n)]


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        pairs = extreme(seed)
        print("\n".join([str(len(pairs))] + [f"{h} {d}" for h, d in pairs]))
        return
    if seed <= 4:
        n, max_h = rng.randint(1, 12), 10
    elif seed <= 8:
        n, max_h = rng.randint(1000, 20000), 1000
    else:
        n, max_h = 200000, 10**4
    lines = [str(n)]
    if seed in (11, 12):
        # tight deadlines: the plan is full early and almost every step drops a patch,
        # while the kept set stays large
        for i in range(n):
            h = rng.randint(1, max_h)
            d = (i + 1) * (max_h // 4) + rng.randint(0, max_h)
            lines.append(f"{h} {d}")
    else:
        avg = (max_h + 1) / 2
        load = [0.5, 1.0, 2.0, 4.0][seed % 4]
        horizon = min(10**9, max(1, int(n * avg / load)))  # deadlines stay within 10^9
        for _ in range(n):
            h = rng.randint(1, max_h)
            d = rng.randint(1, horizon)
            lines.append(f"{h} {d}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
