"""Shared by the checks (shown to learners): the card processor, and paying with a key."""

import pytest
from sample_provider import Provider

LAMP = {"amount": 1250, "currency": "EUR", "customer": "cus_ada"}


@pytest.fixture
def provider():
    """The card processor on 127.0.0.1:9471, for this check."""
    with Provider() as running:
        yield running


def pay(http, key, body=LAMP):
    """POST /payments with an Idempotency-Key (None: no header)."""
    headers = {} if key is None else {"Idempotency-Key": key}
    return http.post("/payments", json=body, headers=headers)
