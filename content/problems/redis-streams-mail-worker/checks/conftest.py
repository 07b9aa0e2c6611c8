"""Shared by the checks: your worker's functions, the mail provider's tools, and the stream."""

import pytest


@pytest.fixture
def worker(learner):
    """worker.setup(), worker.publish(to, subject), worker.work(consumer), ...: mailworker.py."""

    class Worker:
        def __getattr__(self, name):
            return lambda *args: learner.call("mailworker", name, *args)

    return Worker()


@pytest.fixture
def mailer(learner):
    """mailer.sent(), mailer.bounce(address), ...: the provider's tools (support/mailer.py)."""

    class Mailer:
        def __getattr__(self, name):
            return lambda *args: learner.call("mailer", name, *args)

    return Mailer()


def pending(redis):
    """entry id -> (consumer, times delivered), for the group mailers on emails."""
    found = redis.xpending_range("emails", "mailers", min="-", max="+", count=100)
    return {p["message_id"]: (p["consumer"], p["times_delivered"]) for p in found}


def read_as(redis, consumer, count=10):
    """Read new entries as `consumer` without acknowledging them: a consumer that then dies."""
    reply = redis.xreadgroup("mailers", consumer, {"emails": ">"}, count=count) or []
    return [entry_id for _, entries in reply for entry_id, _ in entries]
