import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
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
