"""The expected answers, by breadth-first search in Python, and the networks of the hidden
checks."""

import random
from collections import deque


def adjacency(rows):
    found = {}
    for origin, destination, km in rows:
        found.setdefault(origin, []).append((destination, km))
    return found


def reachable(rows, start):
    graph, seen, queue = adjacency(rows), set(), deque([start])
    while queue:
        for destination, _ in graph.get(queue.popleft(), []):
            if destination not in seen:
                seen.add(destination)
                queue.append(destination)
    return sorted(seen - {start})


def fewest(rows, origin, destination):
    graph, depth, queue = adjacency(rows), {origin: 0}, deque([origin])
    while queue:
        here = queue.popleft()
        for there, _ in graph.get(here, []):
            if there not in depth:
                depth[there] = depth[here] + 1
                queue.append(there)
    return depth.get(destination)


def itinerary(rows, origin, destination):
    best = fewest(rows, origin, destination)
    if best is None:
        return None
    graph, found = adjacency(rows), []

    def walk(here, route, km):
        if len(route) - 1 == best:
            if here == destination:
                found.append((km, "-".join(route)))
            return
        for there, step in graph.get(here, []):
            walk(there, [*route, there], km + step)

    walk(origin, [origin], 0)
    km, route = min(found)
    return (route, km)


def dense(count=60, degree=6, seed=11):
    rng = random.Random(seed)
    codes = [f"X{number:02d}" for number in range(count)]
    rows = set()
    for origin in codes[:-1]:  # the last one has no flights out
        for destination in rng.sample(codes, degree):
            if destination != origin:
                rows.add((origin, destination, rng.randint(200, 3000)))
    return {code: code for code in codes}, sorted(rows)
