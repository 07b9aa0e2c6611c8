from conftest import probe, served, url


def test_backends_listing(http, start):
    """GET /_proxy/backends lists every backend of every pool with its health, without probing."""
    upstreams = start()
    listed = http.get("/_proxy/backends").json()["backends"]
    assert listed == [
        {"pool": "legacy", "url": "http://127.0.0.1:9301", "healthy": True},
        {"pool": "billing", "url": url("billing-1"), "healthy": True},
        {"pool": "billing", "url": url("billing-2"), "healthy": True},
        {"pool": "billing", "url": url("billing-3"), "healthy": True},
    ]
    assert all(upstream.probes == 0 for upstream in upstreams.values()), "listing must not probe"
    upstreams["billing-3"].health_status = 500
    probe(http)
    listed = http.get("/_proxy/backends").json()["backends"]
    assert [entry["healthy"] for entry in listed] == [True, True, True, False]


def test_rise_needs_two_good_probes(http, start):
    """A backend that failed a probe comes back only after two good probes in a row."""
    upstreams = start()
    upstreams["billing-2"].health_status = 503
    probe(http)
    upstreams["billing-2"].health_status = 200
    assert probe(http)[url("billing-2")] is False, "one good probe is not enough (rise = 2)"
    assert "billing-2" not in served(http, 4)
    assert probe(http)[url("billing-2")] is True, "the second good probe in a row brings it back"
    assert "billing-2" in served(http, 3)


def test_dead_backend_is_skipped_without_a_probe(http, start):
    """A backend that refuses connections is marked unhealthy and the request goes elsewhere."""
    start(down=("billing-2",))
    names = served(http, 6)
    assert "billing-2" not in names and len(names) == 6, "every request is answered by a live backend"
    listed = {entry["url"]: entry["healthy"] for entry in http.get("/_proxy/backends").json()["backends"]}
    assert listed[url("billing-2")] is False, "a refused connection marks the backend unhealthy at once"


def test_probe_of_a_dead_backend_fails(http, start):
    """A backend whose /health cannot be reached fails its probe."""
    start(down=("billing-3",))
    assert probe(http)[url("billing-3")] is False


def test_no_healthy_backend_is_503(http, start):
    """When every backend of a pool is unhealthy the pool answers 503; other pools still work."""
    upstreams = start()
    for name in ("billing-1", "billing-2", "billing-3"):
        upstreams[name].health_status = 503
    probe(http)
    response = http.get("/invoices/1")
    assert response.status_code == 503, f"no healthy billing backend: expected 503, got {response.status_code}"
    assert served(http, 1, "/customers/1") == ["legacy"]


def test_server_errors_are_passed_through_not_retried(http, start):
    """A 500 from a backend is the answer: it is passed back, not retried elsewhere."""
    upstreams = start()
    response = http.post("/invoices/boom", json={"amount": 1})
    assert response.status_code == 500
    posts = sum(len(upstreams[name].seen) for name in ("billing-1", "billing-2", "billing-3"))
    assert posts == 1, (
        f"the POST reached {posts} backends: it was processed (and failed) by the first one, "
        "so resending it could do the work twice"
    )
    listed = {entry["url"]: entry["healthy"] for entry in http.get("/_proxy/backends").json()["backends"]}
    assert listed[url("billing-1")] is True, "an error answer does not make a backend unhealthy"
