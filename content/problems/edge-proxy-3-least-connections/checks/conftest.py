"""Shared by the checks (shown to learners): the monolith, three billing replicas, and a way to
keep requests in flight."""

import contextlib
import threading

import httpx
import pytest
from sample_upstreams import BILLING_PORTS, LEGACY_PORT, Upstream


@pytest.fixture
def start():
    """start(down=()) -> {name: Upstream}: the monolith and the billing replicas not in `down`."""
    with contextlib.ExitStack() as stack:

        def start(down=()):
            running = {"legacy": stack.enter_context(Upstream("legacy", LEGACY_PORT))}
            for name, port in BILLING_PORTS.items():
                if name not in down:
                    running[name] = stack.enter_context(Upstream(name, port))
            return running

        yield start


@pytest.fixture
def background(http):
    """background(path) sends GET path from a thread of its own and returns a handle whose
    .response() waits for the answer. Used to keep a request in flight at a backend."""
    threads = []

    def send(path):
        box = {}

        def run():
            with httpx.Client(base_url=http.base_url, timeout=10.0, trust_env=False) as client:
                box["response"] = client.get(path)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        threads.append(thread)

        class Pending:
            def response(self):
                thread.join(10.0)
                return box.get("response")

        return Pending()

    yield send
    for thread in threads:
        thread.join(10.0)


def served(http, count, path="/invoices/1"):
    """The upstreams that answered `count` GETs of `path`, in order."""
    names = []
    for _ in range(count):
        response = http.get(path)
        assert response.status_code == 200, f"GET {path}: {response.status_code} {response.text[:200]}"
        names.append(response.json()["service"])
    return names


def backend(http, name):
    """The /_proxy/backends entry of a billing replica."""
    port = BILLING_PORTS[name]
    for entry in http.get("/_proxy/backends").json()["backends"]:
        if entry["url"] == f"http://127.0.0.1:{port}":
            return entry
    raise AssertionError(f"{name} is not listed by GET /_proxy/backends")


def url(name):
    return f"http://127.0.0.1:{BILLING_PORTS[name]}"
