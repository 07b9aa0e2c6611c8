from conftest import assert_allowed, assert_limited


def test_sample_five_in_any_minute(ask):
    for remaining, at in zip((4, 3, 2, 1, 0), (1000, 1010, 1020, 1030, 1040)):
        assert_allowed(ask("key-ana", at), remaining)
    # At 1050 the last minute (990, 1050] holds all five: the one of 1000 leaves at 1060.
    assert_limited(ask("key-ana", 1050), 10)
    assert_allowed(ask("key-ana", 1060), 0)  # 1000 left the window; 1010..1060 are in it


def test_sample_a_request_without_a_key_is_401(http):
    response = http.get("/quote", headers={"X-Test-Now": "1000"})
    assert response.status_code == 401, f"expected 401 without X-API-Key, got {response.status_code}"
