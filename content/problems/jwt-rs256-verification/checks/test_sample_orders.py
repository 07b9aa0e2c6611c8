from conftest import assert_refused, bearer, issue


def test_sample_a_token_from_the_auth_server_reads_orders(http):
    response = http.get("/orders", headers=bearer(issue(sub="alice")))
    assert response.status_code == 200, f"expected 200, got {response.status_code}"
    assert response.json() == {
        "user": "alice", "orders": [{"id": 101, "item": "kettle", "total_cents": 2450}]
    }  # fmt: skip


def test_sample_no_token_is_401(http):
    assert_refused(http.get("/orders"), "no Authorization header")
