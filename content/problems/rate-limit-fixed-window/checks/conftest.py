"""Shared by the checks: requests with an API key at a time the check chooses."""

import pytest


@pytest.fixture
def ask(http):
    """ask(api_key, at) -> the response to GET /quote at time `at` (X-Test-Now)."""

    def ask(api_key, at):
        return http.get("/quote", headers={"X-API-Key": api_key, "X-Test-Now": str(at)})

    return ask


def assert_allowed(response, remaining):
    assert response.status_code == 200, (
        f"expected 200 (within the limit), got {response.status_code}: {response.text}"
    )
    assert isinstance(response.json().get("quote"), str), "an allowed request gets its quote"
    assert response.headers.get("x-ratelimit-limit") == "5", "X-RateLimit-Limit: 5"
    assert response.headers.get("x-ratelimit-remaining") == str(remaining), (
        f"X-RateLimit-Remaining should be {remaining}"
    )


def assert_limited(response, retry_after):
    assert response.status_code == 429, (
        f"expected 429 Too Many Requests, got {response.status_code}"
    )
    assert response.headers.get("retry-after") == str(retry_after), (
        f"Retry-After should be {retry_after} (whole seconds until the window ends), "
        f"got {response.headers.get('retry-after')!r}"
    )
    assert response.headers.get("x-ratelimit-remaining") == "0", "X-RateLimit-Remaining: 0"
