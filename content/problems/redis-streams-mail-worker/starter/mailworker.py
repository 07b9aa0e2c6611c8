"""E-mails to send, on a Redis Stream read by a consumer group: each entry is acknowledged
once sent, entries of dead consumers are claimed by live ones, and entries that keep failing
go to a dead-letter stream."""

import redis

import mailer

STREAM = "emails"
GROUP = "mailers"
DEAD = "emails:dead"
MAX_DELIVERIES = 3

store = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)


def setup() -> None:
    pass  # TODO: create the consumer group GROUP on STREAM (and the stream itself)


def publish(to: str, subject: str) -> str:
    return store.xadd(STREAM, {"to": to, "subject": subject})


def work(consumer: str, count: int = 10) -> list[str]:
    # TODO: read new entries through the consumer group, send each, acknowledge what was sent.
    done = []
    for entry_id, fields in store.xrange(STREAM, count=count):
        mailer.send(entry_id, fields["to"], fields["subject"])
        done.append(entry_id)
    return done


def reclaim(consumer: str, min_idle_ms: int = 60_000) -> list[str]:
    return []  # TODO: claim idle pending entries (XAUTOCLAIM), retry them or dead-letter them
