from sample_rotation import play


def test_sample_two_workers_alternate(learner):
    log = play(learner, ["ping", "pong"], [3, 3])
    assert log == ["ping", "pong", "ping", "pong", "ping", "pong"]


def test_sample_finished_workers_are_skipped(learner):
    log = play(learner, ["A", "B", "C"], [2, 1, 3])
    assert log == ["A", "B", "C", "A", "C", "C"], "after its single turn, B is skipped"
