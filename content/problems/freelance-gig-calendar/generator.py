import json
import random
import sys


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().strip())
    rng = random.Random(seed)
    if seed <= 3:
        n, horizon, max_len = rng.randint(1, 10), 30, 10
    elif seed <= 6:
        n, horizon, max_len = rng.randint(1000, 10000), 10**6, 10**4
    else:
        n, horizon, max_len = 100000, 10**9, 10**7
    gigs = []
    for _ in range(n):
        if seed in (3, 6, 9):
            # coarse grid: many gigs touch exactly at their ends
            s = rng.randrange(0, horizon // 10) * 10
            e = s + rng.randint(1, 5) * 10
        else:
            s = rng.randint(0, horizon - 1)
            e = min(horizon, s + rng.randint(1, max_len))
        gigs.append([s, e, rng.randint(1, 10**4)])
    if seed == 10:
        # long gigs that overlap almost everything: the slow DP walks far back
        gigs = [[rng.randint(0, 10**8), 10**9 - rng.randint(0, 10**8), rng.randint(1, 10**4)] for _ in range(n)]
    print(json.dumps({"args": [gigs]}))


if __name__ == "__main__":
    main()
