import pytest
import sample_certs


@pytest.fixture
def check_ca():
    """The checks' own CA (for the servers your client talks to)."""
    return sample_certs.make_ca()


def fetch(learner, url, ca_pem):
    return learner.call("tlsnet", "fetch", url, ca_pem)
