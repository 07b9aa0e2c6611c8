"""Random executions plus queries on random, same-process and message-linked event pairs."""
import json
import random
import sys


def extreme(seed, rng):
    """Named modes (seeds 30..31): 5 * 10^4 events, 5 * 10^4 queries on the two ends and random
    pairs; the causal chain through all events is as long as it can be (a recursive search dies)."""
    m = 5 * 10**4
    if seed == 30:  # n = 1: one process, sends nobody receives: events 0 -> 1 -> ... -> m - 1
        n = 1
        events = [["send", 0, f"x{i}"] if i % 2 else ["local", 0] for i in range(m)]
    else:  # 31: n = 20, a message relay: each process receives and sends on to the next one
        n = 20
        events = [["send", 0, "r0"]]
        hop = 0
        while len(events) + 2 <= m:
            p = (hop + 1) % n
            events.append(["recv", p, f"r{hop}"])
            events.append(["send", p, f"r{hop + 1}"])
            hop += 1
        events += [["local", hop % n]] * (m - len(events))  # on the last sender: the chain goes on
    queries = [[0, m - 1], [m - 1, 0], [m - 1, m - 1], [0, 1], [m - 2, m - 1]]
    while len(queries) < 5 * 10**4:
        queries.append([rng.randrange(m), rng.randrange(m)])
    return [n, events, queries]


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed >= 30:
        print(json.dumps({"args": extreme(seed, rng)}))
        return
    if seed <= 3:
        n, m, q = rng.randint(2, 4), rng.randint(8, 20), 15
    elif seed <= 6:
        n, m, q = [3, 8, 20][seed - 4], 3000, 3000
    else:
        n, m, q = {7: 2, 8: 20, 9: 20, 10: 10}[seed], 5 * 10**4, 5 * 10**4
    events, in_flight, by_proc = [], [], [[] for _ in range(n)]
    links = []
    next_id = 0
    send_pos = {}
    for i in range(m):
        r = rng.random()
        if in_flight and r < 0.4:
            k = rng.randrange(len(in_flight)) if rng.random() < 0.5 else 0
            in_flight[k], in_flight[-1] = in_flight[-1], in_flight[k]
            mid, sender = in_flight.pop()
            receiver = rng.randrange(n - 1)
            if receiver >= sender:
                receiver += 1
            events.append(["recv", receiver, mid])
            links.append((send_pos[mid], i))
            p = receiver
        elif r < 0.75:
            p = rng.randrange(n)
            mid = f"m{next_id}"
            next_id += 1
            events.append(["send", p, mid])
            send_pos[mid] = i
            if rng.random() < 0.95:
                in_flight.append((mid, p))
        else:
            p = rng.randrange(n)
            events.append(["local", p])
        by_proc[p].append(i)
    queries = []
    for _ in range(q):
        r = rng.random()
        if r < 0.5 or not links:
            a, b = rng.randrange(m), rng.randrange(m)
        elif r < 0.7:
            s, t = rng.choice(links)
            a, b = s + rng.randint(-2, 0), t + rng.randint(0, 2)
            a, b = max(0, a), min(m - 1, b)
        elif r < 0.9:
            proc = rng.choice([x for x in by_proc if x] or [[0]])
            a, b = rng.choice(proc), rng.choice(proc)
        else:
            a = b = rng.randrange(m)
        if rng.random() < 0.5:
            a, b = b, a
        queries.append([a, b])
    print(json.dumps({"args": [n, events, queries]}))


main()
