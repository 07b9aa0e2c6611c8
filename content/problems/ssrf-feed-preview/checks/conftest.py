import pytest
from sample_servers import Network


@pytest.fixture
def net():
    """The partners and the internal service, running on the loopback for this check."""
    network = Network()
    yield network
    network.close()


def preview(http, url):
    return http.post("/preview", json={"url": url})


def assert_blocked(http, net, url, why):
    """The app refuses `url` (400, or 502 for a refused redirect): no secret comes back, and
    the internal service never saw a request."""
    response = preview(http, url)
    assert response.status_code in (400, 502), (
        f"url={url!r}: expected 400, got {response.status_code}. {why}"
    )
    assert net.flag not in response.text, f"url={url!r}: the internal credentials leaked"
    assert not net.internal.hits, (
        f"url={url!r}: the internal service received {net.internal.hits}. Even when the "
        "answer is not shown, a request that reaches it can change things there (blind SSRF)"
    )
