import json
import random
import sys


# named modes (seeds 30..32), n = 10^5: (sales, k)
EXTREME = {
    30: lambda n: ([10**9] * n, 1),  # one product: every period counts, n(n+1)/2 = 5000050000
    31: lambda n: (list(range(10**9 - n + 1, 10**9 + 1)), n),  # strictly increasing, k = n: 1
    32: lambda n: (list(range(10**9, 10**9 - n, -1)), 1),  # strictly decreasing, k = 1: n
}


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in EXTREME:
        print(json.dumps({"args": list(EXTREME[seed](100_000))}))
        return
    if seed <= 4:
        n = rng.randint(1, 12)
    elif seed <= 8:
        n = rng.randint(1000, 4000)
    else:
        n = 100_000
    mode = seed % 4
    if mode == 0:
        distinct = max(1, n // 2)
        k = max(1, distinct - rng.randint(0, 5))  # large k: long periods
    elif mode == 1:
        distinct = rng.randint(2, 6)
        k = rng.randint(1, min(distinct, n))  # 1 <= k <= len(sales), even for a tiny n
    elif mode == 2:
        distinct = max(2, min(n, 1000))
        k = rng.randint(1, max(1, distinct // 10))
    else:
        distinct = rng.randint(1, max(1, n))
        k = rng.randint(1, n)  # may exceed the number of products: answer 0
    ids = rng.sample(range(1, 10**9 + 1), distinct)
    if mode == 0:
        # runs of repeated products make many long periods with the same variety
        sales: list[int] = []
        while len(sales) < n:
            sales.extend([rng.choice(ids)] * rng.randint(1, 3))
        sales = sales[:n]
    else:
        sales = [rng.choice(ids) for _ in range(n)]
    print(json.dumps({"args": [sales, k]}))


main()
