"""Small cases for best_chunksize: (name, durations, workers, overhead, expected)."""

CASES = [
    ("01-single-item", [7], 4, 100, [1, 107]),
    ("02-no-overhead-small-chunks", [5, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2, 0, [1, 7]),
    ("03-huge-overhead-one-chunk", [1, 2, 3, 4, 5], 3, 1000000, [2, 1000007]),
    ("04-one-worker", [3, 1, 4, 1, 5, 9, 2, 6], 1, 2, [8, 33]),
    ("05-dynamic-beats-round-robin", [10, 1, 1, 1, 10, 1, 1, 1], 2, 0, [1, 13]),
    ("06-more-workers-than-items", [8, 2, 6], 16, 1, [1, 9]),
    ("07-spike-at-end", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 50], 3, 2, [6, 52]),
    ("08-all-equal-ties", [2, 2, 2, 2, 2, 2], 3, 0, [1, 4]),
    ("09-descending", [9, 8, 7, 6, 5, 4, 3, 2, 1], 3, 4, [2, 22]),
]
