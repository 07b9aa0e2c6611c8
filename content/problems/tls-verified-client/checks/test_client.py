import sample_certs
from conftest import fetch
from sample_https import HTTPSServer


def refused(learner, server, url, ca_pem, why):
    """fetch must raise UntrustedServer, and send no HTTP request at all."""
    with learner.raises("UntrustedServer"):
        fetch(learner, url, ca_pem)
    assert server.requests == 0, (
        f"the server received {server.requests} HTTP request(s) after its certificate was "
        f"refused: {why}. Never retry without verification"
    )


def test_unknown_ca_is_untrusted(learner, check_ca):
    """A certificate from a CA you were not given raises UntrustedServer."""
    other = sample_certs.make_ca("Somebody else's CA")
    with HTTPSServer(sample_certs.issue(other, ["localhost"])) as server:
        refused(learner, server, f"https://localhost:{server.port}/hello", check_ca["cert"],
                "anyone can make a certificate for localhost; only the CA's signature counts")


def test_wrong_host_name_is_untrusted(learner, check_ca):
    """A certificate of the right CA for another name raises UntrustedServer."""
    with HTTPSServer(sample_certs.issue(check_ca, ["api.internal"])) as server:
        refused(learner, server, f"https://localhost:{server.port}/hello", check_ca["cert"],
                "the certificate is genuine, but for api.internal: any service the CA ever "
                "certified could impersonate any other without the host name check")


def test_expired_certificate_is_untrusted(learner, check_ca):
    """An expired certificate raises UntrustedServer."""
    with HTTPSServer(sample_certs.issue(check_ca, ["localhost"], days=(-30, -1))) as server:
        refused(learner, server, f"https://localhost:{server.port}/hello", check_ca["cert"],
                "the certificate expired yesterday")


def test_ip_address_url(learner, check_ca):
    """https://127.0.0.1:<port>/ works with a certificate for the IP address."""
    with HTTPSServer(sample_certs.issue(check_ca, ["127.0.0.1"]), body="by address\n") as server:
        assert fetch(learner, f"https://127.0.0.1:{server.port}/hello", check_ca["cert"]) == (
            "by address\n"
        )


def test_plain_http_is_refused(learner, check_ca):
    """fetch refuses http:// URLs with ValueError."""
    with learner.raises("ValueError"):
        fetch(learner, "http://localhost:8080/hello", check_ca["cert"])
