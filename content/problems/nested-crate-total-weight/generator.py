import json
import random
import sys


def build(rng: random.Random, budget: list[int], depth: int, max_depth: int, big: bool) -> list:
    crate: list = []
    width = rng.randint(0, 6)
    for _ in range(width):
        if budget[0] <= 0:
            break
        budget[0] -= 1
        if depth < max_depth and rng.random() < 0.35:
            crate.append(build(rng, budget, depth + 1, max_depth, big))
        else:
            crate.append(rng.randint(0, 10**6) if big else rng.randint(0, 20))
    return crate


def extreme(seed: int) -> tuple[list, int]:
    """Named modes (seeds 30..32): answers at both ends of their range, 10^4 elements."""
    if seed == 30:  # 10^4 - 1 items of 10^6 and tare 10^4: the heaviest shipment
        return [10**6] * (10**4 - 1), 10**4
    if seed == 31:  # 99 chains of empty crates 100 levels deep (9802 crates), tare 10^4: all wood
        crate: list = []
        for _ in range(99):
            deep: list = []
            for _ in range(98):
                deep = [deep]
            crate.append(deep)
        return crate, 10**4
    # 32: zeros everywhere, tare 0, in 49 chains 100 levels deep: the lightest shipment, 0
    crate = []
    for _ in range(49):
        deep = [0]
        for _ in range(98):
            deep = [deep, 0]
        crate.append(deep)
    return crate, 0


def main() -> None:
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..4, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 4
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps({"args": list(extreme(seed))}))
        return
    if seed <= 4:
        size, max_depth, big = 10 * seed, 4, False
    elif seed <= 7:
        size, max_depth, big = 1000, 30, True
    else:
        size, max_depth, big = 9000, 100, True
    budget = [size]
    crate: list = []
    # keep adding top-level content until the element budget is used up
    while budget[0] > 0:
        budget[0] -= 1
        if rng.random() < 0.5:
            crate.append(build(rng, budget, 2, max_depth, big))
        else:
            crate.append(rng.randint(0, 10**6) if big else rng.randint(0, 20))
    if seed == 10:
        # one deep chain of 100 levels with an item at the bottom
        deep: list = [10**6]
        for _ in range(98):
            deep = [deep]
        crate.append(deep)
    tare = rng.randint(0, 10**4) if big else rng.randint(0, 5)
    print(json.dumps({"args": [crate, tare]}))


if __name__ == "__main__":
    main()
