from sample_services import Services


def test_sample_a_failure_cancels_the_rest(learner):
    jobs = [("ok", "db"), ("fail", "cache"), ("hang", "mail")]
    with Services(jobs) as services:
        report = learner.call("supervisor", "supervise", services.urls(), 1500)
        closed = services.wait_all_closed()
    assert services.all_started, "all three jobs should run at the same time"
    assert report == {"outcome": "failed", "status": ["done", "failed", "cancelled"], "errors": [1]}
    assert closed, "every job must have finished (its connection closed) before supervise returns"


def test_sample_all_ok(learner):
    jobs = [("ok", "export"), ("ok", "warm"), ("ok", "mail")]
    with Services(jobs) as services:
        report = learner.call("supervisor", "supervise", services.urls(), 1500)
    assert report == {"outcome": "ok", "status": ["done", "done", "done"], "errors": []}
