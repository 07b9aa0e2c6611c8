"""The checks set your process's environment and write secret files in its /tmp, the way an
orchestrator does before it starts a service."""

import secrets

import pytest

NAMES = ["DATABASE_URL", "DATABASE_URL_FILE", "JWT_SIGNING_KEY", "JWT_SIGNING_KEY_FILE", "DEBUG"]


class Environment:
    def __init__(self, learner):
        self.learner = learner

    def set(self, **values):
        for name, value in values.items():
            self.learner.call("os", "environ.__setitem__", name, value)

    def unset(self, *names):
        for name in names:
            self.learner.call("os", "environ.pop", name, None)

    def write_file(self, path, text):
        """Write `text` to `path` as the learner's process sees it (its own /tmp)."""
        handle = self.learner.new("builtins", "open", path, "w")
        self.learner.method(handle, "write", text)
        self.learner.method(handle, "close")


@pytest.fixture
def env(learner):
    environment = Environment(learner)
    environment.unset(*NAMES)
    yield environment
    environment.unset(*NAMES)  # on a laptop the calls run in pytest's own process


@pytest.fixture
def values():
    """Fresh random settings for this check."""
    password = secrets.token_urlsafe(12)
    return {
        "password": password,
        "DATABASE_URL": f"postgresql://orders:{password}@db.internal:5432/orders",
        "JWT_SIGNING_KEY": secrets.token_urlsafe(36),
    }


def load(learner):
    """load_settings() in your process: a handle to the Settings it returned."""
    return learner.new("settings", "load_settings")
