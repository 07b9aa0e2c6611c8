from conftest import served_by


def test_prefix_matches_whole_segments(http, both):
    """A route prefix matches whole path segments: /invoices-archive is not /invoices."""
    for path, service in [
        ("/invoices", "billing"),
        ("/invoices/", "billing"),
        ("/invoices/42/lines", "billing"),
        ("/invoices-archive", "legacy"),
        ("/invoicesX/1", "legacy"),
    ]:
        assert served_by(http.get(path)) == service, f"{path} belongs to {service}"


def test_longest_prefix_wins(http, both):
    """/invoices/exports stays on legacy although /invoices moved: the longest prefix wins."""
    assert served_by(http.get("/invoices/exports/2024.csv")) == "legacy"
    assert served_by(http.get("/invoices/exports")) == "legacy"
    assert served_by(http.get("/invoices/exportsX")) == "billing"


def test_method_query_and_body_are_forwarded(http, both):
    """The method, the raw query string and the body bytes reach the upstream unchanged."""
    payload = '{"customer": "cus_7", "lines": [1, 2]}'
    response = http.post(
        "/invoices?draft=1&tag=a&tag=b%20c",
        content=payload,
        headers={"Content-Type": "application/json"},
    )
    seen = response.json()
    assert seen["service"] == "billing"
    assert seen["method"] == "POST"
    assert seen["query"] == "draft=1&tag=a&tag=b%20c", f"the query string arrived as {seen['query']!r}"
    assert seen["body"] == payload
    assert seen["headers"].get("content-type") == "application/json"
    for method in ("PUT", "PATCH", "DELETE"):
        assert http.request(method, "/customers/3").json()["method"] == method


def test_upstream_status_and_headers_pass_through(http, both):
    """The upstream's status, body and headers reach the client (201, 404, X-Upstream)."""
    created = http.post("/customers", json={"name": "Ada"})
    assert created.status_code == 201, f"the upstream answered 201, the client got {created.status_code}"
    missing = http.get("/customers/missing")
    assert missing.status_code == 404, f"the upstream answered 404, the client got {missing.status_code}"
    assert missing.json()["service"] == "legacy"
    assert missing.headers.get("x-upstream") == "legacy", "the upstream's own headers are passed back"


def test_request_id_is_propagated(http, both):
    """X-Request-Id is forwarded (or created) and returned to the client."""
    response = http.get("/invoices/1", headers={"X-Request-Id": "req-abc-123"})
    assert response.json()["headers"].get("x-request-id") == "req-abc-123"
    assert response.headers.get("x-request-id") == "req-abc-123"
    fresh = http.get("/customers/1")
    made = fresh.json()["headers"].get("x-request-id")
    assert made, "without one from the client, the proxy creates a request id for the upstream"
    assert fresh.headers.get("x-request-id") == made, "and returns that same id to the client"
    again = http.get("/customers/1").json()["headers"].get("x-request-id")
    assert again != made, "every request gets its own id"


def test_hop_by_hop_headers_are_not_forwarded(http, both):
    """Hop-by-hop headers stay at the proxy; end-to-end ones are forwarded."""
    response = http.get(
        "/invoices/9",
        headers={
            "Keep-Alive": "timeout=5",
            "Proxy-Authorization": "Basic cHJveHk6c2VjcmV0",
            "X-Tenant": "acme",
        },
    )
    headers = response.json()["headers"]
    assert headers.get("x-tenant") == "acme"
    assert "proxy-authorization" not in headers, "Proxy-Authorization is for this proxy only"
    assert "keep-alive" not in headers
    assert headers.get("host") == "127.0.0.1:9302", (
        f"the upstream must see its own Host, got {headers.get('host')!r}"
    )


def test_unreachable_upstream_is_502(http, legacy):
    """When the upstream refuses the connection the client gets 502 Bad Gateway."""
    response = http.get("/invoices/1")  # the billing service is not running
    assert response.status_code == 502, f"expected 502, got {response.status_code}"
    assert served_by(http.get("/customers/1")) == "legacy", "the other routes keep working"


def test_hung_upstream_is_504(http, both):
    """An upstream that does not answer within UPSTREAM_TIMEOUT gives 504 Gateway Timeout."""
    _, billing = both
    billing.hold()
    response = http.get("/invoices/1")
    assert response.status_code == 504, f"expected 504, got {response.status_code}"
