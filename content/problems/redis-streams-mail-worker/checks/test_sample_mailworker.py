from conftest import pending


def test_sample_new_entries_are_sent_and_acknowledged(worker, mailer, redis):
    worker.setup()
    ids = [worker.publish(f"user{i}@example.com", f"Welcome #{i}") for i in range(3)]
    assert worker.work("c1") == ids, "work returns the ids it sent and acknowledged, in order"
    assert [(m["message_id"], m["to"]) for m in mailer.sent()] == [
        (entry_id, f"user{i}@example.com") for i, entry_id in enumerate(ids)
    ], "each e-mail is sent with its entry id as the idempotency key"
    assert pending(redis) == {}, "every sent entry is acknowledged (XACK): nothing stays pending"


def test_sample_setup_twice_and_nothing_to_do(worker, redis):
    worker.setup()
    worker.setup()  # every worker calls it at start-up: the second call must not fail
    assert redis.exists("emails"), "setup creates the stream (MKSTREAM) and the group mailers"
    assert worker.work("c1") == []
