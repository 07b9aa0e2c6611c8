from sample_window import Window

NINE = [f"img{i}" for i in range(9)]


def test_three_slots_are_all_used(learner):
    """limit 3, nine jobs: three requests are in flight together, never a fourth."""
    with Window(NINE, limit=3, fill=True) as server:
        bodies = learner.call("limited", "limited_fetch", 3, server.urls())
    assert bodies == [f"ok:{name}" for name in NINE]
    assert server.max_waiting == 3


def test_limit_one_is_one_at_a_time(learner):
    """limit 1: exactly one request in flight at any moment."""
    names = ["p", "q", "r", "s"]
    with Window(names, limit=1, fill=True) as server:
        bodies = learner.call("limited", "limited_fetch", 1, server.urls())
    assert bodies == [f"ok:{name}" for name in names]
    assert server.max_waiting == 1


def test_limit_above_the_number_of_jobs(learner):
    """limit 5, three jobs: all three run at once."""
    names = ["x", "y", "z"]
    with Window(names, limit=5, fill=True) as server:
        bodies = learner.call("limited", "limited_fetch", 5, server.urls())
    assert bodies == [f"ok:{name}" for name in names]
    assert server.max_waiting == 3


def test_a_free_slot_is_reused_at_once(learner):
    """limit 2: while the first job is slow, the other five stream through the second slot."""
    names = ["slow", "b", "c", "d", "e", "f"]
    with Window(names, limit=2, hold_first=True) as server:
        bodies = learner.call("limited", "limited_fetch", 2, server.urls())
    assert not server.gave_up, (
        "the first job's answer waits until the others are done; with a free slot reused at "
        "once they all get through, with fixed batches they never start"
    )
    assert bodies == [f"ok:{name}" for name in names]
    assert server.max_waiting <= 2


def test_rolling_window_of_three(learner):
    """limit 3, eight jobs, the first one slow: the remaining slots keep working."""
    names = [f"job{i}" for i in range(8)]
    with Window(names, limit=3, hold_first=True) as server:
        bodies = learner.call("limited", "limited_fetch", 3, server.urls())
    assert not server.gave_up
    assert bodies == [f"ok:{name}" for name in names]
    assert server.max_waiting <= 3
