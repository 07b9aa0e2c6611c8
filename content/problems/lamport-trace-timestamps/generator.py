"""Random executions: processes exchange messages with random delays; some are never received."""
import json
import random
import sys


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else int(sys.stdin.read().split()[0])
    rng = random.Random(seed)
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
