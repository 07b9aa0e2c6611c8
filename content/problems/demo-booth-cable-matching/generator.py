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
        n = m = 200000
        needs, lengths = {
            30: ([10**9] * n, [10**9] * m),  # every cable exactly long enough: all n powered
            31: ([10**9] * n, [10**9 - 1] * m),  # every cable 1 m short: none powered
            32: (list(range(1, n + 1)), list(range(m, 0, -1))),  # increasing vs decreasing: all
        }[seed]
        print(n, m)
        print(" ".join(map(str, needs)))
        print(" ".join(map(str, lengths)))
        return
    if seed <= 3:
        n, m, top = rng.randint(1, 10), rng.randint(1, 10), 20
    elif seed <= 6:
        n, m, top = rng.randint(100, 2000), rng.randint(100, 2000), 10**6
    else:
        n, m, top = 200000, 200000, 10**9
    if seed == 8:
        top = 50  # many duplicates
    needs = [rng.randint(1, top) for _ in range(n)]
    lengths = [rng.randint(1, top) for _ in range(m)]
    if seed == 9:
        lengths = [rng.randint(1, top // 2) for _ in range(m)]  # roughly half of the devices unreachable
    print(n, m)
    print(" ".join(map(str, needs)))
    print(" ".join(map(str, lengths)))


if __name__ == "__main__":
    main()
