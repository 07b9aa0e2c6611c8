"""Shared by the checks (shown to learners): the monolith and the billing service."""

import contextlib

import pytest
from sample_upstreams import BILLING_PORT, LEGACY_PORT, Upstream


@pytest.fixture
def legacy():
    with Upstream("legacy", LEGACY_PORT) as running:
        yield running


@pytest.fixture
def billing():
    with Upstream("billing", BILLING_PORT) as running:
        yield running


@pytest.fixture
def both(legacy, billing):
    return legacy, billing


def served_by(response):
    """Which upstream answered (from the JSON echo), asserting the proxy passed it on."""
    assert response.status_code in (200, 201, 404), f"{response.status_code}: {response.text[:200]}"
    with contextlib.suppress(ValueError):
        return response.json()["service"]
    raise AssertionError(f"not an upstream's answer: {response.text[:200]}")
