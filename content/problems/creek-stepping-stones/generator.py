import json
import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        n = 100000
        if seed == 30:  # every stone between the banks cracked: no way across (0)
            cracked = list(range(1, n))
        elif seed == 31:  # only the last three stones before the far bank cracked: 0 again
            cracked = [n - 3, n - 2, n - 1]
        else:  # 32: every odd stone cracked: hops of 2 only, exactly one way
            cracked = list(range(1, n, 2))
        rng.shuffle(cracked)
        print(json.dumps({"args": [n, cracked]}))
        return
    if seed <= 3:
        # stress inputs start at n = 1 so that the first stones (no stone 3 back) are seen
        n = rng.randint(5, 25) if stress is None else rng.randint(1, 25)
    elif seed <= 6:
        n = rng.randint(1000, 20000)
    else:
        n = 100000
    density = [0.0, 0.05, 0.2, 0.3][seed % 4]
    cracked = [i for i in range(1, n) if rng.random() < density]
    if seed == 9:
        cracked = []  # no cracks: the largest counts
    rng.shuffle(cracked)
    print(json.dumps({"args": [n, cracked]}))


if __name__ == "__main__":
    main()
