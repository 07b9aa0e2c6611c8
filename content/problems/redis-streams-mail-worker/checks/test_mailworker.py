from conftest import pending, read_as
from winterarc_lab import LearnerRaised


def test_consumers_of_a_group_share_the_entries(worker, mailer):
    """Two consumers of one group: each entry goes to one of them."""
    worker.setup()
    ids = [worker.publish(f"u{i}@example.com", "hi") for i in range(4)]
    assert worker.work("c1", 2) == ids[:2]
    assert worker.work("c2", 10) == ids[2:], "c2 gets the entries c1 did not read"
    assert len(mailer.sent()) == 4


def test_a_refused_email_stays_pending(worker, mailer, redis):
    """An entry whose send failed is not acknowledged: it stays pending; the batch goes on."""
    worker.setup()
    mailer.bounce("ghost@example.com")
    bad = worker.publish("ghost@example.com", "hi")
    good = worker.publish("ana@example.com", "hi")
    assert worker.work("c1") == [good]
    assert pending(redis) == {bad: ("c1", 1)}, "the failed entry waits in c1's pending list"


def test_a_dead_consumers_entries_are_claimed(worker, mailer, redis):
    """Entries read by a consumer that died are taken over by reclaim() and sent."""
    worker.setup()
    ids = [worker.publish(f"u{i}@example.com", "hi") for i in range(2)]
    assert read_as(redis, "c1") == ids  # c1 dies holding both
    assert worker.work("c2") == [], "work reads new entries only; c1's are still pending"
    assert worker.reclaim("c2", 0) == ids
    assert [m["message_id"] for m in mailer.sent()] == ids
    assert pending(redis) == {}


def test_reclaim_leaves_busy_consumers_alone(worker, redis):
    """Entries idle for less than min_idle_ms are not taken: their consumer may be working."""
    worker.setup()
    entry = worker.publish("ana@example.com", "hi")
    read_as(redis, "c1")
    assert worker.reclaim("c2", 60_000) == []
    assert pending(redis) == {entry: ("c1", 1)}


def test_a_crash_after_sending_sends_once(worker, mailer, redis):
    """A worker dies after the send, before XACK: the entry is redelivered, the e-mail not resent."""
    worker.setup()
    entry = worker.publish("ana@example.com", "Your invoice")
    mailer.crash_after_next_send()
    try:
        worker.work("c1")
    except LearnerRaised:
        pass  # the worker died
    assert entry in pending(redis), "the entry was never acknowledged"
    assert worker.reclaim("c2", 0) == [entry]
    sent = mailer.sent()
    assert len(sent) == 1, (
        f"ana got {len(sent)} e-mails: send the entry id as the idempotency key, so the provider "
        "recognises the retry"
    )
    assert pending(redis) == {}


def test_a_poison_entry_goes_to_the_dead_letter_stream(worker, mailer, redis):
    """An entry that fails 3 deliveries is moved to emails:dead on the next and acknowledged."""
    worker.setup()
    mailer.bounce("ghost@example.com")
    entry = worker.publish("ghost@example.com", "hi")
    assert worker.work("c1") == []
    for _ in range(3):
        assert worker.reclaim("c1", 0) == []
    assert mailer.attempts() == {"ghost@example.com": 3}, "3 deliveries, 3 attempts; the 4th is dead-lettered"
    dead = redis.xrange("emails:dead")
    assert len(dead) == 1, f"emails:dead should hold the entry; it holds {dead}"
    fields = dead[0][1]
    assert (fields.get("to"), fields.get("subject"), fields.get("original_id")) == ("ghost@example.com", "hi", entry)
    assert pending(redis) == {}, "a dead-lettered entry is acknowledged"
    assert worker.reclaim("c1", 0) == []
