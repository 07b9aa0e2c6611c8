"""Checking API answers."""

from __future__ import annotations

import httpx

from winterarc.kit.errors import PROBLEM_JSON, TYPE_PREFIX


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    """The response is an RFC 9457 problem with this status and stable type; its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM_JSON)
    body: dict[str, object] = response.json()
    assert body["type"] == f"{TYPE_PREFIX}{code}"
    assert body["status"] == status
    return body
