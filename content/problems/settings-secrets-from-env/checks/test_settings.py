import secrets

from conftest import load
from winterarc_lab import LearnerRaised


def test_signing_key_from_a_file(learner, env, values):
    """JWT_SIGNING_KEY_FILE names a file holding the key (its final newline is not part of it)."""
    env.write_file("/tmp/jwt-signing-key", values["JWT_SIGNING_KEY"] + "\n")
    env.set(DATABASE_URL=values["DATABASE_URL"], JWT_SIGNING_KEY_FILE="/tmp/jwt-signing-key")
    key = learner.attribute(load(learner), "jwt_signing_key")
    assert key == values["JWT_SIGNING_KEY"], (
        f"got {key!r}: read the file named by JWT_SIGNING_KEY_FILE and drop its final newline "
        "(files end with one; the key does not)"
    )
    env.write_file("/tmp/database-url", values["DATABASE_URL"])
    env.unset("DATABASE_URL")
    env.set(DATABASE_URL_FILE="/tmp/database-url")
    assert learner.attribute(load(learner), "database_url") == values["DATABASE_URL"]


def test_both_env_and_file_is_a_config_error(learner, env, values):
    """Setting both JWT_SIGNING_KEY and JWT_SIGNING_KEY_FILE is a ConfigError."""
    env.write_file("/tmp/jwt-signing-key", secrets.token_urlsafe(36))
    env.set(DATABASE_URL=values["DATABASE_URL"], JWT_SIGNING_KEY=values["JWT_SIGNING_KEY"],
            JWT_SIGNING_KEY_FILE="/tmp/jwt-signing-key")  # fmt: skip
    with learner.raises("ConfigError"):
        load(learner)


def test_no_fallback_secret(learner, env, values):
    """Without JWT_SIGNING_KEY (or its file, or with an empty one) it is a ConfigError."""
    env.set(DATABASE_URL=values["DATABASE_URL"])
    with learner.raises("ConfigError"):
        load(learner)
    env.set(JWT_SIGNING_KEY="")
    with learner.raises("ConfigError"):
        load(learner)


def test_short_key_is_refused_without_echoing_it(learner, env, values):
    """A key under 32 bytes is a ConfigError whose message does not contain the key."""
    short = secrets.token_hex(10)
    env.set(DATABASE_URL=values["DATABASE_URL"], JWT_SIGNING_KEY=short)
    try:
        load(learner)
    except LearnerRaised as raised:
        assert raised.type_name == "ConfigError", f"expected ConfigError, got {raised.type_name}"
        assert short not in str(raised), (
            "the error message contains the key itself: config errors are logged, and logs are "
            "read by many more people than the secret's owners. Name the variable, not the value"
        )
    else:
        raise AssertionError(f"a {len(short)}-byte key must be refused with ConfigError")


def test_repr_masks_the_secrets(learner, env, values):
    """repr(settings) shows neither the signing key nor the database password."""
    env.set(DATABASE_URL=values["DATABASE_URL"], JWT_SIGNING_KEY=values["JWT_SIGNING_KEY"])
    text = learner.method(load(learner), "__repr__")
    for name in ("JWT_SIGNING_KEY", "password"):
        assert values[name] not in text, (
            f"repr(settings) is {text!r}: it contains the {name.lower()}. A settings object "
            "gets logged at start-up and printed in tracebacks; mask its secrets"
        )


def test_debug_is_a_strict_boolean(learner, env, values):
    """DEBUG=true/1/yes is True, false/0/no/unset is False, anything else a ConfigError."""
    env.set(DATABASE_URL=values["DATABASE_URL"], JWT_SIGNING_KEY=values["JWT_SIGNING_KEY"])
    for text, expected in (("true", True), ("1", True), ("YES", True), ("false", False),
                           ("0", False), ("no", False)):  # fmt: skip
        env.set(DEBUG=text)
        assert learner.attribute(load(learner), "debug") is expected, f"DEBUG={text!r}"
    env.set(DEBUG="maybe")
    with learner.raises("ConfigError"):
        load(learner)
