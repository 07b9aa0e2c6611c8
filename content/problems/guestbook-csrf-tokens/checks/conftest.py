import secrets

import pytest
from sample_html import sign_in


@pytest.fixture
def alice(http):
    """alice's session headers (she signs the guestbook; in the hidden checks, the attacker)."""
    return sign_in(http, "alice")


@pytest.fixture
def bob(http):
    """bob's session headers (he reads the guestbook)."""
    return sign_in(http, "bob")


@pytest.fixture
def marker():
    """A fresh random word: the payloads call alert(<marker>)."""
    return "x" + secrets.token_hex(4)
