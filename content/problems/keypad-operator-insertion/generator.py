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
    if seed <= 3:
        n = rng.randint(3, 6)
    elif seed <= 6:
        n = rng.randint(7, 9)
    else:
        n = 10
    if seed == 10:
        digits = "0" * 10
        target = 0
    elif seed == 9:
        digits = "1" * 10
        target = 0
    else:
        pool = "0123456789" if seed % 2 else "1234567890012"
        digits = "".join(rng.choice(pool) for _ in range(n))
        # pick the target as the value of a random valid expression so that answers exist
        parts = [digits[0]]
        for d in digits[1:]:
            op = rng.choice(["", "+", "-", "*", "+", "-"])
            if op == "" and parts[-1].lstrip("+-*").startswith("0"):
                op = "+"
            parts.append(op + d) if op else parts.__setitem__(-1, parts[-1] + d)
        target = eval("".join(parts))  # only the generator uses eval, on its own trusted string
    print(json.dumps({"args": [digits, target]}))


if __name__ == "__main__":
    main()
