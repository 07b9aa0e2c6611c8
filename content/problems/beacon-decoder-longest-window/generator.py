import random
import sys


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        n, letters = 200_000, "abcdefghijklmnopqrstuvwxyz"
        cycle = (letters * (n // 26 + 1))[:n]
        if seed == 30:  # one letter throughout, k = 1: the whole stream
            k, s = 1, "z" * n
        elif seed == 31:  # a..z cycling, k = 1: every window of length 1 ties, the first wins
            k, s = 1, cycle
        elif seed == 32:  # a..z cycling, k = 25: windows of 25, the first wins
            k, s = 25, cycle
        else:  # 33: all 26 letters cycling, then a two-letter tail: the answer ends at n
            k = 2
            s = cycle[: n // 2] + "".join(rng.choice("xy") for _ in range(n - n // 2))
        print(n, k)
        print(s)
        return
    if seed <= 4:
        n = rng.randint(1, 15)
    elif seed <= 8:
        n = rng.randint(1000, 5000)
    else:
        n = 200_000
    mode = seed % 4
    if mode == 0:
        # many letters, large k: the answer is long (kills restart-from-every-start)
        sigma = rng.randint(20, 26)
        k = sigma if seed % 8 == 4 else sigma - 1
    elif mode == 1:
        sigma, k = rng.randint(2, 5), rng.randint(1, 3)
    elif mode == 2:
        sigma, k = 26, rng.randint(1, 26)
    else:
        sigma, k = rng.randint(3, 8), rng.randint(2, 7)
    alphabet = "abcdefghijklmnopqrstuvwxyz"[:sigma]
    chars: list[str] = []
    while len(chars) < n:
        chars.extend(rng.choice(alphabet) * rng.randint(1, 6))
    s = "".join(chars[:n])
    print(n, k)
    print(s)


main()
