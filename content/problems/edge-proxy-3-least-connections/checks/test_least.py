from conftest import backend, served, url


def test_in_flight_is_listed(http, start, background):
    """GET /_proxy/backends shows each backend's requests in flight and its draining flag."""
    upstreams = start()
    pending = background("/invoices/a/slow")
    assert upstreams["billing-1"].arrived(1)
    assert backend(http, "billing-1") == {
        "pool": "billing",
        "url": url("billing-1"),
        "healthy": True,
        "draining": False,
        "in_flight": 1,
    }
    upstreams["billing-1"].release()
    assert pending.response().status_code == 200
    assert backend(http, "billing-1")["in_flight"] == 0, "an answered request is no longer in flight"


def test_in_flight_released_after_a_timeout(http, start):
    """A request that timed out (504) no longer counts as in flight."""
    start()
    assert http.get("/invoices/1/hang").status_code == 504  # billing-1, then the timeout
    assert backend(http, "billing-1")["in_flight"] == 0, (
        "the count must go down however the request ended (a finally, not the happy path): "
        "a leaked count makes the balancer avoid this backend forever"
    )
    assert served(http, 3) == ["billing-2", "billing-3", "billing-1"]


def test_in_flight_released_after_a_refused_connection(http, start):
    """A backend that refused the connection is not left with a phantom request in flight."""
    start(down=("billing-1",))
    assert served(http, 2) == ["billing-2", "billing-3"]
    assert backend(http, "billing-1")["in_flight"] == 0


def test_draining_backend_finishes_but_takes_nothing_new(http, start, background):
    """A draining backend finishes its requests in flight and gets no new ones."""
    upstreams = start()
    pending = background("/invoices/long/slow")
    assert upstreams["billing-1"].arrived(1)
    drained = http.post("/_proxy/drain", json={"url": url("billing-1")})
    assert drained.status_code == 200
    assert backend(http, "billing-1")["draining"] is True
    assert "billing-1" not in served(http, 4), "a draining backend takes no new requests"
    upstreams["billing-1"].release()
    finished = pending.response()
    assert finished.status_code == 200 and finished.json()["service"] == "billing-1", (
        "the request in flight on the draining backend completes normally"
    )
    assert backend(http, "billing-1")["in_flight"] == 0
    assert http.post("/_proxy/undrain", json={"url": url("billing-1")}).status_code == 200
    assert "billing-1" in served(http, 3), "after undrain it takes requests again"


def test_drain_errors_and_all_drained(http, start):
    """Draining an unknown backend is 404; a pool with every backend draining answers 503."""
    start()
    assert http.post("/_proxy/drain", json={"url": "http://127.0.0.1:1"}).status_code == 404
    for name in ("billing-1", "billing-2", "billing-3"):
        http.post("/_proxy/drain", json={"url": url(name)})
    assert http.get("/invoices/1").status_code == 503
    assert served(http, 1, "/customers/1") == ["legacy"]


def test_unhealthy_backends_still_skipped(http, start):
    """Stage 2's health checks still apply: a backend that failed its probe gets nothing."""
    upstreams = start()
    upstreams["billing-2"].health_status = 503
    assert http.post("/_proxy/health-checks").status_code == 200
    assert served(http, 4) == ["billing-1", "billing-3", "billing-1", "billing-3"]
