from sample_window import Window


def test_sample_at_most_two_at_a_time(learner):
    names = ["a", "b", "c", "d"]
    with Window(names, limit=2, fill=True) as server:
        bodies = learner.call("limited", "limited_fetch", 2, server.urls())
    assert bodies == ["ok:a", "ok:b", "ok:c", "ok:d"]
    assert server.max_waiting == 2, (
        f"{server.max_waiting} requests waited for an answer at once; the limit is 2, and two "
        "should be in flight together"
    )


def test_sample_no_jobs(learner):
    assert learner.call("limited", "limited_fetch", 3, []) == []
