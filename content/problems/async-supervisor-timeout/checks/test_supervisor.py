from sample_services import Services


def test_timeout_cancels_every_hanging_job(learner):
    """Three jobs that never answer, a 150 ms deadline: outcome timeout, all three cancelled."""
    jobs = [("hang", "a"), ("hang", "b"), ("hang", "c")]
    with Services(jobs) as services:
        report = learner.call("supervisor", "supervise", services.urls(), 150)
        closed = services.wait_all_closed()
    assert report == {"outcome": "timeout", "status": ["cancelled"] * 3, "errors": []}
    assert services.all_started
    assert closed, "the cancelled jobs' connections are still open after supervise returned"


def test_timeout_keeps_finished_jobs_done(learner):
    """Jobs that finished before the deadline stay done; the hanging one is cancelled."""
    jobs = [("ok", "export"), ("hang", "slow"), ("ok", "mail")]
    with Services(jobs) as services:
        report = learner.call("supervisor", "supervise", services.urls(), 400)
        closed = services.wait_all_closed()
    assert report == {"outcome": "timeout", "status": ["done", "cancelled", "done"], "errors": []}
    assert closed


def test_the_first_failure_wins(learner):
    """After the first failure the other failing and hanging jobs are cancelled, not failed."""
    jobs = [("fail", "a"), ("ok", "b"), ("fail", "c"), ("hang", "d")]
    with Services(jobs) as services:
        report = learner.call("supervisor", "supervise", services.urls(), 1500)
        closed = services.wait_all_closed()
    assert services.all_started
    assert report == {
        "outcome": "failed",
        "status": ["failed", "done", "cancelled", "cancelled"],
        "errors": [0],
    }
    assert closed


def test_a_failure_among_many_hanging_jobs(learner):
    """Five hanging jobs and one failure: the failure stops them all at once."""
    jobs = [("hang", f"h{i}") for i in range(5)] + [("fail", "boom")]
    with Services(jobs) as services:
        report = learner.call("supervisor", "supervise", services.urls(), 1500)
        closed = services.wait_all_closed()
    assert report == {"outcome": "failed", "status": ["cancelled"] * 5 + ["failed"], "errors": [5]}
    assert closed


def test_no_jobs(learner):
    """No jobs: nothing can fail or time out."""
    assert learner.call("supervisor", "supervise", [], 100) == {
        "outcome": "ok",
        "status": [],
        "errors": [],
    }
