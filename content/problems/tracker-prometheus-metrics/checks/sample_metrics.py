"""Scraping the app's /metrics and reading it, as Prometheus would."""

from prometheus_client.parser import text_string_to_metric_families


def scrape(http):
    """{family name: family} from GET /metrics. A counter's family is named without _total."""
    response = http.get("/metrics")
    assert response.status_code == 200, f"GET /metrics answered {response.status_code}"
    assert response.headers.get("content-type", "").startswith("text/plain"), (
        "serve the text exposition format (prometheus_client.CONTENT_TYPE_LATEST)"
    )
    try:
        return {family.name: family for family in text_string_to_metric_families(response.text)}
    except ValueError as error:
        raise AssertionError(f"/metrics is not in Prometheus's text format: {error}") from None


def samples(families, name):
    """Every sample called `name` (e.g. http_requests_total, ..._bucket)."""
    return [sample for family in families.values() for sample in family.samples if sample.name == name]


def value(families, name, **labels):
    """The sum of the samples called `name` whose labels include `labels` (0 if none)."""
    return sum(
        sample.value
        for sample in samples(families, name)
        if all(sample.labels.get(key) == wanted for key, wanted in labels.items())
    )
