"""Feeds that grow while clients scroll: new posts on top, backdated imports, timestamp ties."""
import base64
import json
import random
import sys
from bisect import bisect_left, insort


def enc(c, i):
    return base64.urlsafe_b64encode(f"{c}:{i}".encode()).rstrip(b"=").decode()


def main():
    args = sys.argv[1:] or sys.stdin.read().split()
    # "stress S": a small random input for `problem check --stress`: the shape of one of
    # the small seeds 1..3, drawn from a stream of its own
    stress = int(args[1]) if args[0] == "stress" else None
    seed = int(args[0]) if stress is None else 1 + stress % 3
    rng = random.Random(seed if stress is None else f"stress-{stress}")
    if seed <= 3:
        n_ins, n_pages, max_limit, tie, sessions_n = rng.randint(10, 20), rng.randint(10, 20), 4, 3, 2
    elif seed <= 6:
        n_ins, n_pages = 2000, 2000
        max_limit, tie, sessions_n = [3, 20, 100][seed - 4], [1, 5, 50][seed - 4], 10
    else:
        # the sum of all limits stays within 2 * 10^5
        n_ins, n_pages, max_limit, tie, sessions_n = {7: (5 * 10**4, 3900, 100, 1, 30),
                                                       8: (5 * 10**4, 49999, 7, 2, 30),
                                                       9: (5 * 10**4, 3900, 100, 1000, 5),
                                                       10: (5 * 10**4, 7000, 55, 10, 300)}[seed]
    q = n_ins + n_pages + 1
    keys = []
    used_ids = set()
    ops, args = ["FeedPager"], [[]]
    now = rng.randint(0, 10**6)
    sessions = [None] * sessions_n  # cursor of each client's next page; None = top of feed
    inserts = 0
    for step in range(q - 1):
        left_ins, left_pages = n_ins - inserts, q - 1 - step - (n_ins - inserts)
        want_insert = left_pages <= 0 or (left_ins > 0 and (step < n_ins // 2
                                                             or rng.random() < left_ins / (left_ins + left_pages)))
        if want_insert:
            if keys and rng.random() < 0.1:
                created = rng.randint(0, now)  # backdated import
            else:
                now += rng.randint(0, tie)
                created = now
            item = rng.randrange(10**12)
            while item in used_ids:
                item = rng.randrange(10**12)
            used_ids.add(item)
            insort(keys, (created, item))
            ops.append("insert")
            args.append([created, item])
            inserts += 1
            continue
        limit = rng.randint(1, max_limit)
        r = rng.random()
        k = rng.randrange(sessions_n)
        if r < 0.03:
            cursor = rng.choice(["", "MTA6MjA=", "MDE6Mg", "LTE6Mg", "not a cursor", "MTA6MjB", "e30",
                                 enc(10**12 + 1, 5), "MTA6IDI", "%3D%3D", "MTAuNToy"])
        elif r < 0.06 and keys:
            c, i = rng.choice(keys)
            cursor = enc(c, max(0, i + rng.choice([-1, 0, 1])))  # a cursor between items
        else:
            cursor = sessions[k]
        ops.append("page")
        args.append([cursor, limit])
        if cursor is sessions[k]:
            end = len(keys) if cursor is None else bisect_left(keys, tuple(
                int(x) for x in base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().split(":")))
            start = max(0, end - limit)
            sessions[k] = enc(*keys[start]) if start > 0 and end > start else None
    print(json.dumps({"ops": ops, "args": args}))


main()
