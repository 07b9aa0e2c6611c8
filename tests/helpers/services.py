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
