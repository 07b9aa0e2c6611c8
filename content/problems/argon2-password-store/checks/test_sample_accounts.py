from conftest import parse, stored


def test_sample_register_stores_an_argon2id_hash(learner):
    learner.call("accounts", "register", "alice", "correct horse battery")
    encoded = stored(learner, "alice")
    parse(encoded)
    assert "correct horse battery" not in encoded, "never store the password itself"


def test_sample_log_in(learner):
    learner.call("accounts", "register", "alice", "correct horse battery")
    assert learner.call("accounts", "login", "alice", "correct horse battery") is True, (
        "the right password logs in (verify it against the stored hash: hashing it again gives "
        "a different string, because the salt is new)"
    )
    assert learner.call("accounts", "login", "alice", "Correct horse battery") is False
