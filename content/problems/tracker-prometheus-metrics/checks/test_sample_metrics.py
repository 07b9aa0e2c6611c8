from sample_database import Database
from sample_metrics import scrape, value


def test_sample_metrics_endpoint_speaks_prometheus(http):
    families = scrape(http)
    requests = families.get("http_requests")
    assert requests is not None and requests.type == "counter", (
        "a Counter named http_requests_total (the text format lists its family as http_requests)"
    )
    latency = families.get("http_request_duration_seconds")
    assert latency is not None, "a metric named http_request_duration_seconds"
    assert latency.type == "histogram", (
        f"http_request_duration_seconds is a {latency.type}: use a Histogram. A Summary's "
        "quantiles are computed per process and cannot be added up across pods; a "
        "histogram's buckets can, and histogram_quantile() works on them"
    )


def test_sample_a_request_is_counted(http):
    with Database():
        assert http.get("/healthz").status_code == 200
    families = scrape(http)
    counted = value(families, "http_requests_total", method="GET", route="/healthz", status="200")
    assert counted == 1, (
        'after one GET /healthz, http_requests_total{method="GET",route="/healthz",status="200"} '
        f"should be 1, not {counted}"
    )
