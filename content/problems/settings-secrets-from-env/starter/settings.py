"""Settings of the orders service: where the database is, and the key that signs its tokens."""

import random
import string
from dataclasses import dataclass


class ConfigError(Exception):
    """The configuration is missing or invalid; the service must not start."""


@dataclass(frozen=True)
class Settings:
    database_url: str
    jwt_signing_key: str
    debug: bool


def load_settings() -> Settings:
    return Settings(
        database_url="postgresql://orders:Winter-Arc-2024!@db.internal:5432/orders",
        jwt_signing_key="k3y-6f1c2a9d8e7b4c3a2f1e0d9c8b7a6f5e4d3c2b1a",
        debug=True,
    )


def generate_signing_key() -> str:
    """A new signing key, for the ops team's key rotation."""
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))
