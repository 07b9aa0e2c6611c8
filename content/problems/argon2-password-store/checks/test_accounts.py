from conftest import parse, stored

GRACE = "grace-hopper-1906"


def test_parameters_meet_the_owasp_minimum(learner):
    """New hashes use at least 19 MiB of memory and 2 passes, with a 16-byte salt."""
    learner.call("accounts", "register", "alice", "correct horse battery")
    memory, passes, lanes, salt, _ = parse(stored(learner, "alice"))
    assert memory >= 19456 and passes >= 2 and lanes >= 1, (
        f"m={memory} KiB, t={passes}: OWASP's minimum for Argon2id is m=19456 (19 MiB), t=2; "
        "less memory makes every guess cheaper on a GPU"
    )
    assert len(salt) >= 22, "the salt should be at least 16 random bytes (22 base64 characters)"


def test_same_password_gives_different_hashes(learner):
    """Two users with the same password get different salts, so different hashes."""
    for name in ("alice", "bob"):
        learner.call("accounts", "register", name, "summer2024!")
    alice, bob = parse(stored(learner, "alice")), parse(stored(learner, "bob"))
    assert alice[3] != bob[3] and alice[4] != bob[4], (
        "a fixed salt makes equal passwords give equal hashes: one cracked, all cracked, and "
        "a precomputed table works against every account"
    )
    assert learner.call("accounts", "login", "bob", "summer2024!") is True


def test_unknown_user_cannot_log_in(learner):
    """login of a username that does not exist returns False (no exception)."""
    assert learner.call("accounts", "login", "nobody", "whatever-password") is False


def test_registration_rules(learner):
    """Too short, too long or taken: ValueError, and the stored hash does not change."""
    learner.call("accounts", "register", "alice", "correct horse battery")
    before = stored(learner, "alice")
    with learner.raises("ValueError"):
        learner.call("accounts", "register", "bob", "short")
    with learner.raises("ValueError"):
        learner.call("accounts", "register", "bob", "x" * 129)
    with learner.raises("ValueError"):
        learner.call("accounts", "register", "alice", "another good password")
    assert stored(learner, "bob") is None
    assert stored(learner, "alice") == before
    learner.call("accounts", "register", "carol", "x" * 128)


def test_outdated_hash_is_upgraded_on_log_in(learner):
    """grace's 2019 hash (m=4096, t=1) is replaced by a current one when she logs in."""
    assert parse(stored(learner, "grace"))[:2] == (4096, 1)
    assert learner.call("accounts", "login", "grace", GRACE) is True
    memory, passes, *_ = parse(stored(learner, "grace"))
    assert memory >= 19456 and passes >= 2, (
        "on a successful log-in the password is known: rehash it with today's parameters "
        "(pwdlib's verify_and_update)"
    )
    assert learner.call("accounts", "login", "grace", GRACE) is True


def test_wrong_password_does_not_touch_the_hash(learner):
    """A failed log-in of grace leaves her stored hash exactly as it was."""
    before = stored(learner, "grace")
    assert learner.call("accounts", "login", "grace", "grace-hopper-1907") is False
    assert stored(learner, "grace") == before


def test_change_password(learner):
    """change_password needs the old password; afterwards only the new one works."""
    learner.call("accounts", "register", "alice", "correct horse battery")
    assert learner.call("accounts", "change_password", "alice", "wrong guess!", "new secret 1") is False
    assert learner.call("accounts", "change_password", "alice", "correct horse battery", "new secret 1") is True
    assert learner.call("accounts", "login", "alice", "new secret 1") is True
    assert learner.call("accounts", "login", "alice", "correct horse battery") is False
    parse(stored(learner, "alice"))
