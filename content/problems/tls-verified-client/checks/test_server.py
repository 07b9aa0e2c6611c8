import http.client
import re

from sample_https import browser_get


def your_server(learner):
    ca = learner.call("pki", "make_ca", "Winter Arc Lab CA")
    server = learner.call("pki", "issue_server_cert", ca, ["localhost", "127.0.0.1"])
    return ca, learner.call("tlsnet", "start_https_server", server["cert"], server["key"])


def test_server_sends_hsts(learner):
    """GET /hello answers with Strict-Transport-Security for a year, includeSubDomains."""
    ca, port = your_server(learner)
    response, _, _ = browser_get(port, ca["cert"])
    value = response.getheader("Strict-Transport-Security") or ""
    found = re.search(r"max-age=(\d+)", value)
    assert found and int(found.group(1)) >= 31536000 and "includesubdomains" in value.lower(), (
        f"Strict-Transport-Security: {value!r}: after one HTTPS visit, the browser must refuse "
        "plain HTTP to this host for a year (max-age=31536000; includeSubDomains)"
    )


def test_server_404_for_other_paths(learner):
    """Other paths are 404 over HTTPS."""
    ca, port = your_server(learner)
    response, _, _ = browser_get(port, ca["cert"], path="/admin")
    assert response.status == 404


def test_redirect_keeps_the_path_and_query(learner):
    """Plain HTTP gets 308 (or 301) to https://localhost:<port> with the same path and query."""
    _, https_port = your_server(learner)
    port = learner.call("tlsnet", "start_redirect_server", https_port)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", "/orders/7?view=full")
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    assert response.status in (301, 308), f"expected 308 (or 301), got {response.status}"
    location = response.getheader("Location")
    assert location == f"https://localhost:{https_port}/orders/7?view=full", (
        f"Location: {location!r}: keep the path and the query, or every old http:// link "
        "lands on the home page"
    )
