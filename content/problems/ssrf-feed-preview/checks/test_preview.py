from conftest import preview


def test_partner_errors_are_reported_not_hidden(http, net):
    """A partner's 404 is previewed as status 404; an unreachable partner is 502."""
    response = preview(http, "http://127.0.0.1:8701/no-such-feed.json")
    assert response.status_code == 200 and response.json()["status"] == 404
    net.services[1].close()  # partner B goes down
    response = preview(http, "http://localhost:8702/catalog.json")
    assert response.status_code == 502, f"expected 502, got {response.status_code}"


def test_host_name_case_and_default_port(http, net):
    """LOCALHOST:8702 is partner B; http://127.0.0.1/ (port 80) is not a partner."""
    assert preview(http, "http://LOCALHOST:8702/catalog.json").status_code == 200
    assert preview(http, "http://127.0.0.1/feed.json").status_code == 400
    assert preview(http, "http://127.0.0.1:99999/feed.json").status_code == 400
