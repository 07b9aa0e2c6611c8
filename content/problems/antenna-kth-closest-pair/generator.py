import json
import random
import sys


def extreme(seed: int, rng: random.Random) -> tuple[list[int], int]:
    """Named modes (seeds 30..33), all at the maximum n = 5 * 10^4."""
    n = 50000
    total = n * (n - 1) // 2
    if seed == 30:  # one shared mast, k = every pair: the answer 0 with the largest k
        return [10**9] * n, total
    if seed == 31:  # both ends of the range, k = the last pair: the answer 10^9 itself
        positions = [0, 10**9] + [rng.randint(1, 10**9 - 1) for _ in range(n - 2)]
        rng.shuffle(positions)
        return positions, total
    if seed == 32:  # strictly decreasing consecutive masts, k = 1: the answer 1
        return list(range(n - 1, -1, -1)), 1
    # 33: two crowds at 0 and 10^9: the first cross pair jumps the answer from 0 to 10^9
    half = n // 2
    return [0] * half + [10**9] * half, 2 * (half * (half - 1) // 2) + 1


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps({"args": list(extreme(seed, rng))}))
        return
    if seed <= 3:
        n, top = rng.randint(2, 12), 30
    elif seed <= 6:
        n, top = rng.randint(500, 5000), 10**6
    else:
        n, top = 50000, 10**9
    if seed == 9:
        positions = [rng.randint(0, 1000) for _ in range(n)]  # many shared masts, zero gaps
    else:
        positions = [rng.randint(0, top) for _ in range(n)]
    total = n * (n - 1) // 2
    if seed in (3, 6):
        k = total  # the very largest distance
    elif seed == 10:
        k = total * 3 // 4
    else:
        k = rng.randint(1, total)
    print(json.dumps({"args": [positions, k]}))


if __name__ == "__main__":
    main()
