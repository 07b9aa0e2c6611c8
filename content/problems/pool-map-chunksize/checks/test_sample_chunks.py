def test_sample_plan(learner):
    calls = [
        ["Pool.map", 800, 2, None],
        ["Pool.map", 640, None, None],
        ["Pool.imap", 1000, 4, None],
        ["Pool.map", 10, 4, 3],
        ["Pool.map", 1000, 4, None],
    ]
    assert learner.call("chunks", "plan_chunks", 8, calls) == [
        [100, 8, 100],
        [20, 32, 20],
        [1, 1000, 1],
        [3, 4, 1],
        [63, 16, 55],
    ]


def test_sample_checksums_in_order(learner):
    sizes = [10, 0, 1000, 3]
    assert learner.call("chunks", "checksums", sizes, 2) == [expected_checksum(n) for n in sizes]


def expected_checksum(n):
    total = 0
    for i in range(n):
        total = (total * 31 + i) % 1_000_003
    return total
