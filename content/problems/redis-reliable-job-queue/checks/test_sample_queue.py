import json

from conftest import balances, job, lists


def test_sample_jobs_are_worked_in_order(queue, redis):
    for item in (job("j1", "ana", 500), job("j2", "ben", 250), job("j3", "ana", 100)):
        queue.enqueue(item)
    assert [queue.work_one() for _ in range(4)] == ["done", "done", "done", "idle"]
    assert balances(redis) == {"ana": 600, "ben": 250}
    assert lists(redis) == {"pending": [], "processing": [], "dead": []}


def test_sample_a_claimed_job_waits_in_processing(queue, redis):
    queue.enqueue(job("j1"))
    message = queue.claim()
    assert json.loads(message) == job("j1"), "claim() returns the message (the JSON text)"
    assert lists(redis)["processing"] == [job("j1")], (
        "until it is acked, a claimed job waits in jobs:processing: if the worker dies, it is not lost"
    )
    queue.ack(message)
    assert lists(redis) == {"pending": [], "processing": [], "dead": []}
