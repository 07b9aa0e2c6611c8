import json

from conftest import balances, job, lists


def calls(redis):
    stats = redis.info("commandstats")
    return {name.removeprefix("cmdstat_"): value["calls"] for name, value in stats.items()}


def test_claim_moves_the_job_in_one_command(queue, redis):
    """claim() moves the job from pending to processing atomically (LMOVE), never pop-then-push."""
    queue.enqueue(job("j1"))
    before = calls(redis)
    queue.claim()
    after = calls(redis)
    ran = {name: after.get(name, 0) - before.get(name, 0) for name in after}
    moved = sum(ran.get(name, 0) for name in ("lmove", "blmove", "rpoplpush", "brpoplpush", "eval", "evalsha", "fcall"))
    assert moved, (
        "claim ran " + ", ".join(f"{n} x{c}" for n, c in sorted(ran.items()) if c and n != "info")
        + ": a worker dying between the pop and the push loses the job. Use LMOVE."
    )


def test_a_dead_workers_job_is_recovered(queue, redis):
    """A job claimed by a worker that died is put back by recover() and worked again."""
    queue.enqueue(job("j1", "ana", 500))
    queue.enqueue(job("j2", "ben", 250))
    queue.claim()  # the worker dies here, without ack or fail
    assert queue.recover() == 1
    assert lists(redis)["processing"] == []
    assert [queue.work_one() for _ in range(3)] == ["done", "done", "idle"]
    assert balances(redis) == {"ana": 500, "ben": 250}


def test_redelivery_after_the_payout_pays_once(queue, redis):
    """A job paid out but never acked (the worker died) is delivered again and pays nothing."""
    queue.enqueue(job("j1", "ana", 500))
    message = queue.claim()
    queue.apply(message)  # paid; the worker dies before ack
    assert queue.recover() == 1
    assert queue.work_one() == "done"
    assert balances(redis) == {"ana": 500}, "the second delivery of j1 must not pay again"
    assert redis.sismember("jobs:done", "j1")


def test_the_same_job_enqueued_twice_pays_once(queue, redis):
    """A producer that retried its enqueue sends j1 twice; it is paid once."""
    queue.enqueue(job("j1", "ana", 500))
    queue.enqueue(job("j1", "ana", 500))
    assert [queue.work_one(), queue.work_one()] == ["done", "done"]
    assert balances(redis) == {"ana": 500}


def test_a_transient_failure_is_retried(queue, redis):
    """During bank maintenance the job fails and goes back to the queue; afterwards it is paid."""
    queue.enqueue(job("j1", "ana", 500))
    redis.set("bank:maintenance", "1")
    assert queue.work_one() == "retry"
    assert lists(redis) == {"pending": [job("j1", "ana", 500)], "processing": [], "dead": []}
    assert redis.hget("jobs:attempts", "j1") == "1", "jobs:attempts counts j1's failed attempt"
    redis.delete("bank:maintenance")
    assert queue.work_one() == "done"
    assert balances(redis) == {"ana": 500}
    assert redis.hget("jobs:attempts", "j1") is None, "an acked job's attempts are forgotten"


def test_a_poison_job_goes_to_the_dead_letter_list(queue, redis):
    """A job that can never succeed is tried 3 times, then moved to jobs:dead."""
    poison = job("j9", "ana", "lots")
    queue.enqueue(poison)
    assert [queue.work_one() for _ in range(3)] == ["retry", "retry", "dead"]
    assert lists(redis) == {"pending": [], "processing": [], "dead": [poison]}
    assert queue.work_one() == "idle"
    assert balances(redis) == {}


def test_a_failed_job_waits_behind_the_others(queue, redis):
    """A retried job goes to the back of the queue: it does not block the jobs behind it."""
    queue.enqueue(job("bad", "ana", -5))
    queue.enqueue(job("good", "ben", 250))
    assert queue.work_one() == "retry"
    assert queue.work_one() == "done", "the good job is next, not the failed one again"
    assert balances(redis) == {"ben": 250}
    assert [queue.work_one(), queue.work_one()] == ["retry", "dead"]
    assert json.loads(redis.lindex("jobs:dead", 0))["id"] == "bad"
