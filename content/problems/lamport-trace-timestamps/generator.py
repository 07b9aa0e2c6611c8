"""Random executions: processes exchange messages with random delays; some are never received."""
import json
import random
import sys


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        n, m = rng.randint(2, 4), rng.randint(8, 20)
    elif seed <= 6:
        n, m = [5, 50, 300][seed - 4], 5000
    else:
        n, m = {7: 2, 8: 100, 9: 10**5, 10: 1000}[seed], 2 * 10**5
    events = []
    in_flight = []  # (message id, sender)
    next_id = 0
    for _ in range(m):
        r = rng.random()
        if in_flight and r < 0.4:
            # deliver a random in-flight message (out of order on purpose)
            k = rng.randrange(len(in_flight)) if rng.random() < 0.5 else 0
            in_flight[k], in_flight[-1] = in_flight[-1], in_flight[k]
            mid, sender = in_flight.pop()
            receiver = rng.randrange(n - 1)
            if receiver >= sender:
                receiver += 1
            events.append(["recv", receiver, mid])
        elif r < 0.75:
            p = rng.randrange(n)
            mid = f"m{next_id}"
            next_id += 1
            events.append(["send", p, mid])
            if rng.random() < 0.95:
                in_flight.append((mid, p))  # the rest are lost
        else:
            events.append(["local", rng.randrange(n)])
    print(json.dumps({"args": [n, events]}))


main()
