from sample_jobserver import JobServer

TWENTY = [f"job{i:02d}" for i in range(20)]
# A fixed shuffle: job 7 first, job 0 somewhere in the middle, job 19 last.
TWENTY_ORDER = [
    TWENTY[i] for i in (7, 3, 15, 11, 0, 18, 5, 1, 13, 9, 16, 2, 8, 14, 6, 10, 4, 17, 12, 19)
]


def test_twenty_jobs_run_at_once(learner):
    """Twenty jobs: all twenty are in flight at the same time."""
    with JobServer(TWENTY, order=TWENTY_ORDER) as server:
        outcome = learner.call("jobs", "run_jobs", server.urls())
    assert server.max_in_flight == 20
    assert outcome["results"] == [f"ok:{name}" for name in TWENTY]


def test_finish_order_is_the_order_of_the_answers(learner):
    """finished lists the jobs in the order they finished, whatever their places in urls."""
    with JobServer(TWENTY, order=TWENTY_ORDER) as server:
        outcome = learner.call("jobs", "run_jobs", server.urls())
    assert outcome["finished"] == [TWENTY.index(name) for name in TWENTY_ORDER]


def test_results_follow_the_input_order(learner):
    """results[i] belongs to urls[i] even when the jobs finish in reverse."""
    names = ["a", "b", "c", "d", "e"]
    with JobServer(names, order=names[::-1]) as server:
        outcome = learner.call("jobs", "run_jobs", server.urls())
    assert outcome == {"finished": [4, 3, 2, 1, 0], "results": [f"ok:{n}" for n in names]}


def test_a_failure_does_not_stop_the_others(learner):
    """Two failing jobs (HTTP 500) give "error:500" in their places; every other job finishes."""
    names = ["export", "warm", "mail", "report", "audit"]
    order = ["mail", "export", "audit", "warm", "report"]
    with JobServer(names, failing={"mail", "audit"}, order=order) as server:
        outcome = learner.call("jobs", "run_jobs", server.urls())
    assert server.all_in_flight
    assert outcome == {
        "finished": [2, 0, 4, 1, 3],
        "results": ["ok:export", "ok:warm", "error:500", "ok:report", "error:500"],
    }


def test_every_job_fails(learner):
    """When every job fails, every result is an error and all of them still finish."""
    names = ["x", "y", "z"]
    with JobServer(names, failing=set(names), order=["y", "z", "x"]) as server:
        outcome = learner.call("jobs", "run_jobs", server.urls())
    assert outcome == {"finished": [1, 2, 0], "results": ["error:500"] * 3}


def test_a_single_job(learner):
    """One job alone."""
    with JobServer(["only"]) as server:
        outcome = learner.call("jobs", "run_jobs", server.urls())
    assert outcome == {"finished": [0], "results": ["ok:only"]}
