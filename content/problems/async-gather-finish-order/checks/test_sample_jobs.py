from sample_jobserver import JobServer


def test_sample_jobs_overlap(learner):
    # The server answers only once all three jobs are waiting, and answers "store" first.
    with JobServer(["fetch", "parse", "store"], order=["store", "parse", "fetch"]) as server:
        outcome = learner.call("jobs", "run_jobs", server.urls())
    assert server.all_in_flight, "all three jobs should be running at the same time"
    assert outcome == {
        "finished": [2, 1, 0],
        "results": ["ok:fetch", "ok:parse", "ok:store"],
    }


def test_sample_no_jobs(learner):
    assert learner.call("jobs", "run_jobs", []) == {"finished": [], "results": []}
