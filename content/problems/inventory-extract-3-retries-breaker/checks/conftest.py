"""Shared by the checks (shown to learners): the flaky service and your client on a fake clock."""

import pytest
from sample_flaky_inventory import FlakyInventory


@pytest.fixture
def service():
    with FlakyInventory() as running:
        yield running


@pytest.fixture
def make_client(learner, service):
    """make_client(seed=1, **options) -> wiring.Client around your HttpInventory."""

    def make(seed=1, **options):
        options.setdefault("timeout", 0.5)
        handle = learner.new("wiring", "Client", service.url, seed, **options)

        class Client:
            def reserve(self, sku, quantity):
                return learner.method(handle, "reserve", sku, quantity)

            def release(self, reservation_id):
                return learner.method(handle, "release", reservation_id)

            def state(self):
                return learner.method(handle, "breaker_state")

            def advance(self, seconds):
                learner.method(handle, "advance", seconds)

            def sleeps(self):
                return learner.method(handle, "sleeps")

        return Client()

    return make
