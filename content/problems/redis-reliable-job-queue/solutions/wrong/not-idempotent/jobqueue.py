# Caught by test_redelivery_after_the_payout_pays_once: the payout is applied on every
# delivery, so a job redelivered after a crash (at-least-once) pays twice.
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

# The payout and the record that it happened, in one atomic step: a crash can never leave
# one without the other, and a second delivery of the same job changes nothing.
APPLY_ONCE = store.register_script(
    """
    if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
        redis.call('HINCRBY', KEYS[2], ARGV[2], ARGV[3])
        return 1
    end
    return 0
    """
)


def enqueue(job: dict) -> None:
    store.lpush(PENDING, json.dumps(job))


def claim() -> str | None:
    """Move the oldest pending message to processing, atomically; None when there is none."""
    return store.lmove(PENDING, PROCESSING, "RIGHT", "LEFT")


def apply(message: str) -> None:
    """Pay the job out (once, however often it is delivered)."""
    job = json.loads(message)
    account, amount = job.get("account"), job.get("amount")
    if not isinstance(account, str) or not account:
        raise ValueError(f"job {job['id']}: no account")
    if type(amount) is not int or amount <= 0:
        raise ValueError(f"job {job['id']}: the amount must be a positive integer of cents")
    if store.exists(MAINTENANCE):
        raise ConnectionError("the bank is in maintenance")
    store.hincrby(BALANCES, account, amount)


def ack(message: str) -> None:
    job_id = json.loads(message)["id"]
    with store.pipeline() as pipe:
        pipe.lrem(PROCESSING, 1, message)
        pipe.hdel(ATTEMPTS, job_id)
        pipe.execute()


def fail(message: str) -> str:
    """Count a failed attempt: back to the end of the queue ("retry"), or to the dead-letter
    list after MAX_ATTEMPTS ("dead")."""
    job_id = json.loads(message)["id"]
    attempts = store.hincrby(ATTEMPTS, job_id, 1)
    target = DEAD if attempts >= MAX_ATTEMPTS else PENDING
    with store.pipeline() as pipe:  # MULTI/EXEC: never in both lists, never in neither
        pipe.lrem(PROCESSING, 1, message)
        pipe.lpush(target, message)
        if target == DEAD:
            pipe.hdel(ATTEMPTS, job_id)
        pipe.execute()
    return "dead" if target == DEAD else "retry"


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
    """At start-up, before any worker runs: the messages left in processing belonged to
    workers that died. Put them back in the queue; returns how many."""
    moved = 0
    while store.lmove(PROCESSING, PENDING, "LEFT", "RIGHT") is not None:
        moved += 1
    return moved
