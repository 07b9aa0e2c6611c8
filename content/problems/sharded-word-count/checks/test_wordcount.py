from model import corpus, expected


def check(learner, shards, workers, k):
    assert learner.call("wordcount", "count_words", shards, workers, k) == expected(
        shards, workers, k
    )


def test_counting_runs_in_worker_processes(learner, lab):
    """Three megabytes of text: most of the CPU time is spent in worker processes."""
    shards = corpus(24, 20_000, seed=11)
    check(learner, shards, 4, 20)
    used = lab.cpu()
    assert used.children_ms > used.own_ms, (
        f"worker processes used {used.children_ms:.0f} ms of CPU, the calling process "
        f"{used.own_ms:.0f} ms: the words were not counted in worker processes"
    )


def test_punctuation_and_case(learner):
    """Words are runs of ASCII letters, compared without case."""
    shards = ["Data, data! DATA...", "don't abc123def", "x-ray X RAY", "", "42 !!"]
    check(learner, shards, 2, 10)


def test_largest_shard_first(learner):
    """Shards go out largest first, each to the least-loaded worker."""
    shards = ["a", "b b b", "c c", "d d d d", "e e e e e", "f f f f f f"]
    check(learner, shards, 2, 3)


def test_equal_loads_go_to_the_lower_worker(learner):
    """Equal sizes: the smaller shard index first; equal loads: the lower worker."""
    shards = ["ab", "cd", "ef", "gh", "ij"]
    check(learner, shards, 3, 2)


def test_more_workers_than_shards(learner):
    """Workers without shards have a load of 0."""
    check(learner, ["one two", "three"], 4, 5)


def test_ties_in_alphabetical_order(learner):
    """Equal counts are listed alphabetically; k may exceed the vocabulary."""
    check(learner, ["pear apple fig", "fig apple pear", "kiwi"], 3, 10)


def test_empty_shards_and_no_words(learner):
    """Empty shards and shards without letters count nothing."""
    check(learner, ["", "...", "", "12 34"], 2, 3)


def test_a_larger_corpus(learner):
    """Forty shards of uneven length on three workers."""
    shards = [text[: 200 + 37 * i] for i, text in enumerate(corpus(40, 200, seed=5))]
    check(learner, shards, 3, 25)
