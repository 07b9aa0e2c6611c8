"""Cases for plan_chunks: (name, cpus, calls, expected), checked against CPython 3.11's
Pool._map_async and the chunksize defaults of imap and ProcessPoolExecutor.map."""

CASES = [
    (
        "01-empty-input",
        4,
        [
            ["Pool.map", 0, 4, None],
            ["Pool.starmap", 0, 2, 5],
            ["Pool.imap", 0, 4, None],
            ["Executor.map", 0, 3, 10],
        ],
        [[0, 0, 0], [0, 0, 0], [1, 0, 0], [10, 0, 0]],
    ),
    (
        "02-fewer-items-than-chunks",
        4,
        [
            ["Pool.map", 1, 4, None],
            ["Pool.map", 15, 4, None],
            ["Pool.map", 16, 4, None],
            ["Pool.map", 17, 4, None],
        ],
        [[1, 1, 1], [1, 15, 1], [1, 16, 1], [2, 9, 1]],
    ),
    (
        "03-exact-multiples",
        2,
        [["Pool.map", 800, 2, None], ["Pool.starmap", 801, 2, None], ["Pool.map", 799, 2, None]],
        [[100, 8, 100], [101, 8, 94], [100, 8, 99]],
    ),
    (
        "04-explicit-chunksize",
        16,
        [
            ["Pool.map", 100, 8, 1],
            ["Pool.map", 100, 8, 1000],
            ["Executor.map", 100, 8, 7],
            ["Pool.imap_unordered", 100, 8, 25],
        ],
        [[1, 100, 1], [1000, 1, 100], [7, 15, 2], [25, 4, 25]],
    ),
    (
        "05-default-workers-from-cpus",
        12,
        [
            ["Pool.map", 1000, None, None],
            ["Pool.starmap", 47, None, None],
            ["Executor.map", 47, None, None],
        ],
        [[21, 48, 13], [1, 47, 1], [1, 47, 1]],
    ),
    (
        "06-single-worker",
        1,
        [["Pool.map", 1000000000, 1, None], ["Pool.map", 3, 1, None], ["Pool.map", 5, 1, None]],
        [[250000000, 4, 250000000], [1, 3, 1], [2, 3, 1]],
    ),
    (
        "07-huge-inputs",
        64,
        [
            ["Pool.map", 1000000000, 64, None],
            ["Pool.map", 999999999, 63, None],
            ["Executor.map", 1000000000, 64, None],
        ],
        [[3906250, 256, 3906250], [3968254, 252, 3968245], [1, 1000000000, 1]],
    ),
    (
        "08-imap-defaults",
        8,
        [
            ["Pool.imap", 5, 2, None],
            ["Pool.imap_unordered", 1, 8, None],
            ["Executor.map", 9, None, None],
        ],
        [[1, 5, 1], [1, 1, 1], [1, 9, 1]],
    ),
    (
        "09-chunk-bigger-than-input",
        4,
        [["Pool.map", 5, 4, 100], ["Executor.map", 5, 4, 100], ["Pool.imap", 1, 1, 2]],
        [[100, 1, 5], [100, 1, 5], [2, 1, 1]],
    ),
    (
        "10-rounding-up",
        8,
        [
            ["Pool.map", 1000, 4, None],
            ["Pool.map", 1000, None, None],
            ["Pool.starmap", 33, 8, None],
        ],
        [[63, 16, 55], [32, 32, 8], [2, 17, 1]],
    ),
]
