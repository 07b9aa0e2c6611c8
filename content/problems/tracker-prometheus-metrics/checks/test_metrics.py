import threading

import httpx
from sample_database import Database
from sample_metrics import samples, scrape, value

ROUTES = {"/healthz", "/readyz", "/shipments/{shipment_id}", "unmatched"}


def test_route_label_is_the_template(http):
    """Requests for different shipments share one route label: /shipments/{shipment_id}."""
    with Database():
        for shipment in ("TRK-1001", "TRK-1002", "TRK-2040"):
            assert http.get(f"/shipments/{shipment}").status_code == 200
    families = scrape(http)
    routes = {sample.labels.get("route") for sample in samples(families, "http_requests_total")}
    assert routes == {"/shipments/{shipment_id}"}, (
        f"route labels {sorted(map(str, routes))}: label the route's template. One series per "
        "shipment id is unbounded cardinality: millions of series, and Prometheus runs out of "
        "memory"
    )
    assert value(families, "http_requests_total", route="/shipments/{shipment_id}", status="200") == 3


def test_errors_are_counted_with_their_status(http):
    """404 and 503 answers are counted too, with their status code as the status label."""
    with Database():
        assert http.get("/shipments/TRK-9999").status_code == 404
    assert http.get("/shipments/TRK-1001").status_code == 503
    assert http.get("/readyz").status_code == 503
    families = scrape(http)
    expected = [
        ("/shipments/{shipment_id}", "404"),
        ("/shipments/{shipment_id}", "503"),
        ("/readyz", "503"),
    ]
    for route, status in expected:
        counted = value(families, "http_requests_total", method="GET", route=route, status=status)
        assert counted == 1, (
            f'http_requests_total{{route="{route}",status="{status}"}} is {counted}, expected 1: '
            "count in a middleware, after the response is known, so errors raised as "
            "HTTPException are counted too (the error rate is what you alert on)"
        )


def test_unmatched_paths_share_one_label(http):
    """Paths that match no route are counted under route="unmatched" (status 404)."""
    for path in ("/wp-login.php", "/.env", "/admin/../../etc/passwd", "/shipments"):
        http.get(path)
    families = scrape(http)
    routes = {sample.labels.get("route") for sample in samples(families, "http_requests_total")}
    assert routes == {"unmatched"}, (
        f"route labels {sorted(map(str, routes))}: a scanner's random paths must not create "
        'series; label them all route="unmatched"'
    )
    assert value(families, "http_requests_total", route="unmatched", status="404") == 4


def test_metrics_endpoint_is_not_counted(http):
    """Scrapes of /metrics are not counted or timed."""
    for _ in range(3):
        scrape(http)
    families = scrape(http)
    for name in ("http_requests_total", "http_request_duration_seconds_count"):
        routes = {sample.labels.get("route") for sample in samples(families, name)}
        assert "/metrics" not in routes, (
            f"{name} has route=/metrics: leave the scrape itself out, or the request rate is "
            "never zero and every Prometheus server scraping you adds traffic"
        )


def test_latency_histogram_counts_every_request(http):
    """Each request is observed once in http_request_duration_seconds{method, route}."""
    with Database():
        for path in ("/healthz", "/healthz", "/readyz", "/shipments/TRK-1001", "/shipments/TRK-0"):
            http.get(path)
    families = scrape(http)
    for route, count in (("/healthz", 2), ("/readyz", 1), ("/shipments/{shipment_id}", 2)):
        observed = value(families, "http_request_duration_seconds_count", method="GET", route=route)
        assert observed == count, (
            f'http_request_duration_seconds_count{{route="{route}"}} is {observed}, expected {count}'
        )
    buckets = samples(families, "http_request_duration_seconds_bucket")
    assert all(set(sample.labels) == {"method", "route", "le"} for sample in buckets), (
        "the histogram's labels are method and route (the status would multiply its series "
        "for little use)"
    )


def test_buckets_suit_web_latency(http):
    """Histogram buckets span 10 ms to 5 s, at least 8, with a bound at exactly 0.5 s."""
    with Database():
        http.get("/healthz")
    families = scrape(http)
    bounds = sorted(
        {
            float(sample.labels["le"])
            for sample in samples(families, "http_request_duration_seconds_bucket")
            if sample.labels.get("le") not in (None, "+Inf")
        }
    )
    assert len(bounds) >= 8, f"buckets {bounds}: use at least 8, or the quantiles are guesses"
    assert bounds[0] <= 0.01, (
        f"the smallest bucket is {bounds[0]} s: most requests take a few milliseconds and "
        "would all land in it, so p50 and p95 could not be told apart"
    )
    assert bounds[-1] >= 5, f"the largest bucket is {bounds[-1]} s: cover slow requests up to 5 s"
    assert 0.5 in bounds, (
        "put a bucket bound at exactly 0.5 s, the latency objective: then the share of requests "
        "over it is exact, not interpolated"
    )


def test_in_progress_gauge_tracks_a_waiting_request(http):
    """http_requests_in_progress is 1 while a query waits, and 0 once it is answered."""
    base_url = str(http.base_url)
    with Database(mode="hold") as db:
        done = {}

        def query():
            with httpx.Client(base_url=base_url, timeout=10.0, trust_env=False) as client:
                done["response"] = client.get("/shipments/TRK-1001")

        waiting = threading.Thread(target=query, daemon=True)
        waiting.start()
        try:
            assert db.asked.wait(5), "GET /shipments/TRK-1001 never queried the database"
            during = value(scrape(http), "http_requests_in_progress")
        finally:
            db.release()
            waiting.join(10)
    assert done["response"].status_code == 200
    after = value(scrape(http), "http_requests_in_progress")
    assert during == 1, (
        f"http_requests_in_progress was {during} while one request waited for the database "
        "(the scrape itself is not counted)"
    )
    assert after == 0, f"http_requests_in_progress is {after} after every request was answered"
