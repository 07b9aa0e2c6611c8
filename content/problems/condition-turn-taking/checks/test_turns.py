from sample_rotation import expected_log, play


def test_four_workers_in_rotation(learner):
    """Four workers with 12 turns each write in a strict rotation."""
    names = ["w0", "w1", "w2", "w3"]
    assert play(learner, names, [12] * 4) == expected_log(names, [12] * 4)


def test_eight_threads_uneven_turns(learner):
    """Eight workers with uneven turns: finished workers drop out of the rotation."""
    names = [f"t{i}" for i in range(8)]
    times = [5, 1, 0, 7, 2, 9, 3, 4]
    assert play(learner, names, times) == expected_log(names, times)


def test_first_worker_has_no_turns(learner):
    """The first turn belongs to the first worker that has any."""
    names = ["idle", "a", "b"]
    times = [0, 3, 2]
    assert play(learner, names, times) == expected_log(names, times)


def test_one_long_runner(learner):
    """When everyone else is done, the last worker takes all its remaining turns."""
    names = ["short", "long", "mid"]
    times = [1, 20, 3]
    assert play(learner, names, times) == expected_log(names, times)


def test_duplicate_names(learner):
    """Two workers may share a name; each writes its own turns."""
    names = ["x", "y", "x"]
    times = [4, 4, 4]
    assert play(learner, names, times) == expected_log(names, times)


def test_nobody_has_turns(learner):
    """All workers with zero turns: the log stays empty and nobody waits forever."""
    assert play(learner, ["a", "b", "c"], [0, 0, 0]) == []


def test_a_single_worker(learner):
    """One worker alone takes every turn."""
    assert play(learner, ["solo"], [6]) == ["solo"] * 6
