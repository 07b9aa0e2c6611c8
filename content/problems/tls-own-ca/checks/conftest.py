import pytest


@pytest.fixture
def ca(learner):
    """A CA made by your make_ca: {"cert": PEM, "key": PEM}."""
    return learner.call("pki", "make_ca", "Winter Arc Lab CA")


def issue(learner, ca, *hostnames):
    return learner.call("pki", "issue_server_cert", ca, list(hostnames))
