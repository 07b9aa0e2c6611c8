from conftest import assert_allowed, assert_limited


def test_sample_a_burst_of_ten_then_429(ask):
    for remaining in range(9, -1, -1):  # a full bucket: 10 tokens
        assert_allowed(ask("key-ana", 1000), remaining)
    assert_limited(ask("key-ana", 1000), 1)  # 1 token takes 0.5 s at 2 tokens per second


def test_sample_tokens_come_back_over_time(ask):
    for _ in range(10):
        ask("key-ben", 1000)
    for remaining in (2, 1, 0):  # 1.5 s later: 3 tokens
        assert_allowed(ask("key-ben", 1001.5), remaining)
    assert_limited(ask("key-ben", 1001.5), 1)
