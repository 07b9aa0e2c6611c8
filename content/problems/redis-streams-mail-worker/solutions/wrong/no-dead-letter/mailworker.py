# Caught by test_a_poison_entry_goes_to_the_dead_letter_stream: an entry that can never be
# sent is retried on every reclaim, forever, and stays pending.
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
    """Create the consumer group (and the stream); harmless when they exist."""
    try:
        store.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
    except redis.ResponseError as error:
        if "BUSYGROUP" not in str(error):
            raise


def publish(to: str, subject: str) -> str:
    return store.xadd(STREAM, {"to": to, "subject": subject})


def _deliver(entry_id: str, fields: dict[str, str]) -> bool:
    """Send, then acknowledge. A refused e-mail stays pending for a later reclaim."""
    try:
        # The entry id is the idempotency key: a redelivered entry is never sent twice.
        mailer.send(entry_id, fields["to"], fields["subject"])
    except mailer.MailerError:
        return False
    store.xack(STREAM, GROUP, entry_id)
    return True


def work(consumer: str, count: int = 10) -> list[str]:
    """Read up to `count` new entries as `consumer`; returns the ids sent and acknowledged."""
    done = []
    for _, entries in store.xreadgroup(GROUP, consumer, {STREAM: ">"}, count=count) or []:
        for entry_id, fields in entries:
            if _deliver(entry_id, fields):
                done.append(entry_id)
    return done


def reclaim(consumer: str, min_idle_ms: int = 60_000) -> list[str]:
    """Take over the entries pending for at least `min_idle_ms` (their consumer died or is
    stuck), retry them, and dead-letter those delivered more than MAX_DELIVERIES times."""
    done = []
    cursor = "0-0"
    while True:
        cursor, entries, _deleted = store.xautoclaim(STREAM, GROUP, consumer, min_idle_ms, cursor, count=100)
        for entry_id, fields in entries:
            if _deliver(entry_id, fields):  # retried until it works
                done.append(entry_id)
        if cursor == "0-0":
            return done
