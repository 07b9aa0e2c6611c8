"""Shared by the checks: requests with an API key at a time the check chooses."""

import pytest


@pytest.fixture
def ask(http):
    """ask(api_key, at, path="/quote") -> the response at time `at` (X-Test-Now)."""

    def ask(api_key, at, path="/quote"):
        return http.get(path, headers={"X-API-Key": api_key, "X-Test-Now": str(at)})

    return ask


def assert_allowed(response, remaining):
    assert response.status_code == 200, (
        f"expected 200 (enough tokens), got {response.status_code}: {response.text}"
    )
    assert response.headers.get("x-ratelimit-limit") == "10", "X-RateLimit-Limit: 10"
    assert response.headers.get("x-ratelimit-remaining") == str(remaining), (
        f"X-RateLimit-Remaining should be {remaining} (whole tokens left), "
        f"got {response.headers.get('x-ratelimit-remaining')!r}"
    )


def assert_limited(response, retry_after):
    assert response.status_code == 429, (
        f"expected 429 Too Many Requests, got {response.status_code}"
    )
    assert response.headers.get("retry-after") == str(retry_after), (
        f"Retry-After should be {retry_after} (whole seconds until the bucket holds the "
        f"request's cost), got {response.headers.get('retry-after')!r}"
    )


def drain(ask, api_key, at):
    """Spend the 10 tokens of a full bucket at time `at`."""
    for remaining in range(9, -1, -1):
        assert_allowed(ask(api_key, at), remaining)
