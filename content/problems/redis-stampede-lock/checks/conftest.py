"""Shared by the checks (shown to learners): the pricing service on 127.0.0.1:9300, which
counts the requests it gets and can hold them, and a burst of concurrent requests."""

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

PRICES = {"kettle": 24.5, "teapot": 31.0, "mug": 7.25, "tray": 12.0}
WAIT = 5.0  # seconds any wait of a check may take before it gives up


class Pricing:
    """The pricing service. hold(sku) keeps the requests for sku waiting until release();
    fail_next(sku) answers the next request for sku with a 500; unknown SKUs are 404."""

    def __init__(self):
        self.requests = Counter()
        self.held = set()
        self.failing = set()
        self.released = threading.Event()
        self.changed = threading.Condition()
        pricing = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                sku = self.path.rsplit("/", 1)[-1]
                with pricing.changed:
                    pricing.requests[sku] += 1
                    fetch = pricing.requests[sku]
                    failing = sku in pricing.failing
                    pricing.failing.discard(sku)
                    pricing.changed.notify_all()
                if sku in pricing.held:
                    pricing.released.wait(WAIT)
                if failing or sku not in PRICES:
                    self.send_response(500 if failing else 404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = ('{"sku": "%s", "price": %s, "fetch": %d}' % (sku, PRICES[sku], fetch))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, format, *args):
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 64

        self.server = Server(("127.0.0.1", 9300), Handler)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self.thread.start()

    def hold(self, sku):
        self.held.add(sku)

    def release(self):
        self.released.set()

    def fail_next(self, sku):
        self.failing.add(sku)

    def wait_for_requests(self, sku, count):
        """Block until the service got `count` requests for sku (or fail the check)."""
        with self.changed:
            arrived = self.changed.wait_for(lambda: self.requests[sku] >= count, WAIT)
        assert arrived, f"the app never asked the pricing service for {sku} ({count} expected)"

    def close(self):
        self.released.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def pricing():
    service = Pricing()
    yield service
    service.close()


def misses(redis):
    return int(redis.info("stats")["keyspace_misses"])


def burst(http, redis, pricing, skus):
    """Send one GET /quotes/{sku} per entry of `skus`, all at once from threads, while the
    pricing service holds every request. It lets them go once each of the requests has missed
    the cache at least once (or after a while), then returns the responses in order."""
    for sku in set(skus):
        pricing.hold(sku)
    before = misses(redis)
    responses = [None] * len(skus)
    base_url = str(http.base_url).rstrip("/")

    def get(index, sku):
        with httpx.Client(base_url=base_url, timeout=15.0, trust_env=False) as client:
            responses[index] = client.get(f"/quotes/{sku}")

    threads = [threading.Thread(target=get, args=item) for item in enumerate(skus)]
    for thread in threads:
        thread.start()
    for sku in set(skus):
        pricing.wait_for_requests(sku, 1)
    # Every request has looked in the cache and missed once it was sent (the first GET of
    # quote:{sku} of each request counts as a Redis keyspace miss). Poll Redis until then.
    deadline = time.monotonic() + WAIT
    while misses(redis) - before < len(skus) and time.monotonic() < deadline:
        time.sleep(0.005)
    pricing.release()
    for thread in threads:
        thread.join(15.0)
    return responses
