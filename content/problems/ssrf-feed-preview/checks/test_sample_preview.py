import json

from conftest import preview


def test_sample_partner_feed_preview(http, net):
    response = preview(http, "http://127.0.0.1:8701/feed.json")
    assert response.status_code == 200, f"expected 200, got {response.status_code}"
    body = response.json()
    assert body["status"] == 200
    assert body["content_type"].startswith("application/json")
    assert json.loads(body["body"]) == net.feed


def test_sample_second_partner_by_name(http, net):
    response = preview(http, "http://localhost:8702/catalog.json")
    assert response.status_code == 200, f"expected 200, got {response.status_code}"
    assert json.loads(response.json()["body"]) == net.catalog
