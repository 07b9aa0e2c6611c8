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


class Solution:
    def run_pipeline(self, n: int, stages: list[list]) -> list[int]:
        it = iter(range(1, n + 1))  # range is lazy, even for n = 10**18
        for st in stages:
            op = st[0]
            if op == "map_affine":
                # Bug: the generator expressions look a, b, m, d, r up when they RUN, after a
                # later stage of the same kind has rebound them (late-binding closures)
                a, b, m = st[1:]
                it = ((a * x + b) % m for x in it)
            elif op == "filter_mod":
                d, r = st[1:]
                it = (x for x in it if x % d == r)
            elif op == "skip":
                it = islice(it, st[1], None)
            elif op == "take":
                it = islice(it, st[1])
            elif op == "take_while_lt":
                v = st[1]
                it = takewhile(lambda x, v=v: x < v, it)
            elif op == "dedupe":
                it = (key for key, _ in groupby(it))
            elif op == "running_sum":
                it = accumulate(it)
            elif op == "chunk_sum":
                it = _chunk_sums(iter(it), st[1])
            elif op == "window_max":
                it = _window_max(it, st[1])
        return list(it)
