"""Payout jobs on Redis: at-least-once delivery with a processing list, idempotent effects,
bounded retries and a dead-letter list."""

import json

import redis

PENDING = "jobs:pending"  # producers LPUSH; workers take the oldest from the right
PROCESSING = "jobs:processing"  # claimed by a worker, not finished yet
DEAD = "jobs:dead"  # gave up: for a human to look at
ATTEMPTS = "jobs:attempts"  # hash: job id -> failed attempts so far
DONE = "jobs:done"  # set: ids of jobs whose payout was applied
BALANCES = "balances"  # hash: account -> cents
MAINTENANCE = "bank:maintenance"  # while it exists, the bank refuses payouts
MAX_ATTEMPTS = 3

store = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)


def enqueue(job: dict) -> None:
    store.lpush(PENDING, json.dumps(job))


def claim() -> str | None:
    # TODO: keep the message in PROCESSING until it is acked (a worker may die holding it).
    return store.rpop(PENDING)


def apply(message: str) -> None:
    # TODO: validate, refuse during maintenance, and pay each job out only once.
    job = json.loads(message)
    store.hincrby(BALANCES, job["account"], job["amount"])


def ack(message: str) -> None:
    pass  # TODO


def fail(message: str) -> str:
    return "retry"  # TODO: back to the queue, or to the dead-letter list after MAX_ATTEMPTS


def work_one() -> str:
    message = claim()
    if message is None:
        return "idle"
    try:
        apply(message)
    except Exception:
        return fail(message)
    ack(message)
    return "done"


def recover() -> int:
    return 0  # TODO: put the messages of dead workers back in the queue
