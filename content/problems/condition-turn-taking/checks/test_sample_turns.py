from sample_rotation import play


def test_sample_two_workers_alternate(learner):
    # Worker 0 is the first thread to call take_turn, but the rotation starts with worker 1.
    log = play(learner, ["ping", "pong"], [3, 3], [1, 0])
    assert log == ["pong", "ping", "pong", "ping", "pong", "ping"]


def test_sample_finished_workers_are_skipped(learner):
    log = play(learner, ["A", "B", "C"], [2, 1, 3], [0, 1, 2])
    assert log == ["A", "B", "C", "A", "C", "C"], "after its single turn, B is skipped"
