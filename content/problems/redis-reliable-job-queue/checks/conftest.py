"""Shared by the checks: jobs, and a look at the queue's Redis keys."""

import json

import pytest


def job(job_id, account="ana", amount=500):
    return {"id": job_id, "account": account, "amount": amount}


@pytest.fixture
def queue(learner):
    """queue.enqueue(job), queue.claim(), queue.work_one(), ...: the functions of jobqueue.py."""

    class Queue:
        def __getattr__(self, name):
            return lambda *args: learner.call("jobqueue", name, *args)

    return Queue()


def lists(redis):
    """What the three lists hold, as decoded jobs (pending oldest first)."""
    return {
        "pending": [json.loads(m) for m in reversed(redis.lrange("jobs:pending", 0, -1))],
        "processing": [json.loads(m) for m in redis.lrange("jobs:processing", 0, -1)],
        "dead": [json.loads(m) for m in redis.lrange("jobs:dead", 0, -1)],
    }


def balances(redis):
    return {account: int(cents) for account, cents in redis.hgetall("balances").items()}
