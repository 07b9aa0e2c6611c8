import json
import random
import sys


# named modes (seeds 30..31) at the maximum length 10^5
EXTREME = {
    30: "z" * 100_000,  # one run as long as allowed: "z100000"
    31: "a" * 99_999 + "b",  # the longest run, then a single letter at the very end
}


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed in EXTREME:
        print(json.dumps({"args": [EXTREME[seed]]}))
        return
    if seed <= 3:
        n = rng.randint(1, 20)
    elif seed <= 6:
        n = rng.randint(200, 3000)
    else:
        n = 100_000
    alphabet = "abcdefghijklmnopqrstuvwxyz"[: rng.choice([2, 3, 26])]
    max_run = [1, 3, 15, 200][seed % 4]
    chars: list[str] = []
    while len(chars) < n:
        chars.extend(rng.choice(alphabet) * rng.randint(1, max_run))
    print(json.dumps({"args": ["".join(chars[:n])]}))


main()
