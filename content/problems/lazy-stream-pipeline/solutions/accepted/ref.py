# Complexity: O(P * len(stages)) time, P the items pulled from the source (at most 3 * 10^5): each
# lazy stage does O(1) amortised work per item (monotonic deque for window_max);
# O(w + s + output) memory, never O(n).
from collections import deque
from itertools import accumulate, count, groupby, islice, takewhile


def _window_max(it, w):
    window = deque()  # (index, value), values decreasing from left to right
    for i, x in enumerate(it):
        while window and window[-1][1] <= x:
            window.pop()
        window.append((i, x))
        if window[0][0] <= i - w:
            window.popleft()
        if i >= w - 1:
            yield window[0][1]


def _chunk_sums(it, size):
    while True:
        chunk = list(islice(it, size))  # at most `size` items in memory
        if not chunk:
            return
        yield sum(chunk)


def _map_affine(it, a, b, m):
    for x in it:
        yield (a * x + b) % m


def _filter_mod(it, d, r):
    for x in it:
        if x % d == r:
            yield x


class Solution:
    def run_pipeline(self, n: int, stages: list[list]) -> list[int]:
        it = iter(range(1, n + 1))  # range is lazy, even for n = 10**18
        for st in stages:
            op = st[0]
            # every stage gets its parameters as function arguments: a generator expression
            # reading loop variables would see the values of a LATER stage (late binding)
            if op == "map_affine":
                it = _map_affine(it, *st[1:])
            elif op == "filter_mod":
                it = _filter_mod(it, *st[1:])
            elif op == "skip":
                it = islice(it, st[1], None)
            elif op == "take":
                it = islice(it, st[1])
            elif op == "take_while_lt":
                it = takewhile(st[1].__gt__, it)
            elif op == "dedupe":
                it = (key for key, _ in groupby(it))
            elif op == "running_sum":
                it = accumulate(it)
            elif op == "chunk_sum":
                it = _chunk_sums(iter(it), st[1])
            elif op == "window_max":
                it = _window_max(it, st[1])
        return list(it)
