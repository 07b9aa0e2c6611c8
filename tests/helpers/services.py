"""Skipping a service test outside CI, failing it inside CI (CI=true must run everything)."""

from __future__ import annotations

import os
import socket

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def tcp_open(host: str, port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def require_service(name: str, how: str) -> None:
    message = f"{name} is not reachable: {how}"
    if in_ci():
        pytest.fail(f"{message} (CI=true: service tests may not be skipped)")
    pytest.skip(message)


REDIS_URL = os.environ.get("WINTERARC_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def redis_url() -> str:
    """The test Redis (WINTERARC_TEST_REDIS_URL), or a skip (a failure in CI) when it is down."""
    host, port = REDIS_URL.split("//")[1].split("/")[0].split(":")
    if not tcp_open(host, int(port)):
        require_service("Redis", "start redis-server or set WINTERARC_TEST_REDIS_URL")
    return REDIS_URL
