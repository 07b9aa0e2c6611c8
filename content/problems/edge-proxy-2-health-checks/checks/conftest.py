"""Shared by the checks (shown to learners): the monolith and three billing replicas."""

import contextlib

import pytest
from sample_upstreams import BILLING_PORTS, LEGACY_PORT, Upstream


@pytest.fixture
def start():
    """start(down=("billing-2",)) -> {name: Upstream} for the monolith and the billing
    replicas, except those listed in `down` (nothing listens on their ports)."""
    with contextlib.ExitStack() as stack:

        def start(down=()):
            running = {"legacy": stack.enter_context(Upstream("legacy", LEGACY_PORT))}
            for name, port in BILLING_PORTS.items():
                if name not in down:
                    running[name] = stack.enter_context(Upstream(name, port))
            return running

        yield start


def served(http, count, path="/invoices/1"):
    """The upstreams that answered `count` GETs of `path`, in order."""
    names = []
    for _ in range(count):
        response = http.get(path)
        assert response.status_code == 200, f"GET {path}: {response.status_code} {response.text[:200]}"
        names.append(response.json()["service"])
    return names


def probe(http):
    """POST /_proxy/health-checks -> {url: healthy}."""
    response = http.post("/_proxy/health-checks")
    assert response.status_code == 200, f"POST /_proxy/health-checks: {response.status_code}"
    return {entry["url"]: entry["healthy"] for entry in response.json()["backends"]}


def url(name):
    return f"http://127.0.0.1:{BILLING_PORTS[name]}"
