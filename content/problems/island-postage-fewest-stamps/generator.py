import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 4:
        m, top_stamp, q, top_v = rng.randint(1, 4), 30, 20, 100
    elif seed <= 8:
        m, top_stamp, q, top_v = rng.randint(3, 10), 500, 1000, 5000
    else:
        m, top_stamp, q, top_v = 20, 5000, 10000, 50000
    stamps = rng.sample(range(2, top_stamp + 1), m)
    if seed % 3 == 0:
        stamps[0] = 1  # everything reachable
    if seed == 11:
        stamps = rng.sample(range(2, 400, 2), m)  # even stamps only: odd values impossible
    if seed == 12:
        stamps = [1] + [rng.randint(40000, 50000) for _ in range(m - 1)]
        stamps = list(dict.fromkeys(stamps))
    values = [rng.randint(1, top_v) for _ in range(q)]
    if seed >= 9:
        values[0] = top_v
    print(len(stamps))
    print(" ".join(map(str, stamps)))
    print(q)
    print(" ".join(map(str, values)))


if __name__ == "__main__":
    main()
