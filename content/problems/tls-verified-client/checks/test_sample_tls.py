import sample_certs
from conftest import fetch
from sample_https import HTTPSServer, browser_get


def test_sample_your_server_speaks_https_with_your_certificate(learner):
    ca = learner.call("pki", "make_ca", "Winter Arc Lab CA")
    server = learner.call("pki", "issue_server_cert", ca, ["localhost", "127.0.0.1"])
    port = learner.call("tlsnet", "start_https_server", server["cert"], server["key"])
    response, body, version = browser_get(port, ca["cert"])
    assert response.status == 200 and body == "hello over TLS\n"
    assert version in ("TLSv1.2", "TLSv1.3"), f"negotiated {version}"


def test_sample_fetch_trusts_the_given_ca(learner, check_ca):
    with HTTPSServer(sample_certs.issue(check_ca, ["localhost"]), body="fetched!\n") as server:
        assert fetch(learner, f"https://localhost:{server.port}/hello", check_ca["cert"]) == (
            "fetched!\n"
        )
