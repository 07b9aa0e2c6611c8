import random
import sys


# named modes (seeds 30..31), n = 2 * 10^5, W = 10^9: every skier's weight
EXTREME = {
    30: 10**9,  # everyone weighs W: nobody can share, n cabins
    31: 10**9 // 2,  # everyone weighs W / 2: every pair fills a cabin exactly, n / 2 cabins
}


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in EXTREME:
        print(200000, 10**9)
        print(" ".join([str(EXTREME[seed])] * 200000))
        return
    if seed <= 3:
        n, cap = rng.randint(1, 12), rng.randint(5, 30)
    elif seed <= 6:
        n, cap = rng.randint(1000, 20000), rng.randint(100, 10**6)
    else:
        n, cap = 200000 - (seed % 2), 10**9
    if seed == 8:
        w = [rng.randint(cap // 2 + 1, cap) for _ in range(n)]  # heavy: almost everyone alone
    elif seed == 9:
        w = [rng.randint(1, cap // 3) for _ in range(n)]  # light: everyone paired
    elif seed == 10:
        w = [rng.choice([cap // 2, cap // 2 + 1, cap - 1, 1]) for _ in range(n)]
    else:
        w = [rng.randint(1, cap) for _ in range(n)]
    print(n, cap)
    print(" ".join(map(str, w)))


if __name__ == "__main__":
    main()
