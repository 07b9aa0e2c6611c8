from sample_rotation import expected_log, play


def check(learner, names, times, order):
    assert play(learner, names, times, order) == expected_log(names, times, order)


def test_four_workers_in_reverse(learner):
    """Four workers with 6 turns each, the rotation the reverse of their start order."""
    check(learner, ["w0", "w1", "w2", "w3"], [6] * 4, [3, 2, 1, 0])


def test_eight_threads_uneven_turns(learner):
    """Eight workers, uneven turns, a shuffled rotation: finished workers drop out."""
    names = [f"t{i}" for i in range(8)]
    check(learner, names, [3, 1, 0, 4, 2, 5, 2, 3], [5, 2, 7, 0, 3, 6, 1, 4])


def test_first_in_the_rotation_has_no_turns(learner):
    """The first turn belongs to the first worker in the rotation that has any."""
    check(learner, ["idle", "a", "b"], [3, 2, 0], [2, 1, 0])


def test_one_long_runner(learner):
    """When everyone else is done, the last worker takes all its remaining turns."""
    check(learner, ["short", "long", "mid"], [1, 8, 3], [2, 0, 1])


def test_duplicate_names(learner):
    """Two workers may share a name; each writes its own turns."""
    check(learner, ["x", "y", "x"], [3, 3, 3], [1, 2, 0])


def test_nobody_has_turns(learner):
    """All workers with zero turns: the log stays empty and nobody waits forever."""
    assert play(learner, ["a", "b", "c"], [0, 0, 0], [0, 1, 2]) == []


def test_a_single_worker(learner):
    """One worker alone takes every turn."""
    assert play(learner, ["solo"], [6], [0]) == ["solo"] * 6
