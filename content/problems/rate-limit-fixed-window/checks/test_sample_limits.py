from conftest import assert_allowed, assert_limited


def test_sample_five_pass_then_429(ask):
    # t = 1000 s is in the window [960, 1020): 20 s are left in it.
    for remaining in (4, 3, 2, 1, 0):
        assert_allowed(ask("key-ana", 1000), remaining)
    assert_limited(ask("key-ana", 1000), 20)


def test_sample_a_request_without_a_key_is_401(http):
    response = http.get("/quote", headers={"X-Test-Now": "1000"})
    assert response.status_code == 401, f"expected 401 without X-API-Key, got {response.status_code}"
