"""Settings of the orders service: where the database is, and the key that signs its tokens.

Nothing secret lives in this file. Values come from the environment, and a secret may come
from a file instead (NAME_FILE=/run/secrets/name), the way Docker and Kubernetes mount them.
"""

import os
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MIN_KEY_BYTES = 32
TRUE, FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


class ConfigError(Exception):
    """The configuration is missing or invalid; the service must not start."""


@dataclass(frozen=True)
class Settings:
    database_url: str = field(repr=False)
    jwt_signing_key: str = field(repr=False)
    debug: bool = False

    def __repr__(self) -> str:
        # Settings end up in logs and tracebacks: show where things are, never the secrets.
        url = urlsplit(self.database_url)
        host = url.hostname or ""
        where = f"{url.scheme}://***@{host}{f':{url.port}' if url.port else ''}{url.path}"
        return f"Settings(database_url={where!r}, jwt_signing_key='***', debug={self.debug})"


def secret(name: str) -> str:
    """The secret `name` from the environment, or from the file named by `name`_FILE."""
    value, path = os.environ.get(name), os.environ.get(f"{name}_FILE")
    if value is not None and path is not None:
        raise ConfigError(f"set {name} or {name}_FILE, not both")
    if path is not None:
        try:
            with open(path, encoding="utf-8") as handle:
                value = handle.read().removesuffix("\n")
        except OSError as error:
            raise ConfigError(f"{name}_FILE: cannot read {path}: {error.strerror}") from None
    if not value:
        raise ConfigError(f"{name} is not set (set {name} or {name}_FILE)")
    return value


def flag(name: str) -> bool:
    text = os.environ.get(name, "").strip().lower()
    if text not in TRUE | FALSE:
        raise ConfigError(f"{name} must be true or false")
    return text in TRUE


def load_settings() -> Settings:
    key = secret("JWT_SIGNING_KEY")
    if len(key.encode()) < MIN_KEY_BYTES:
        # Say what is wrong, never the value: this message goes to logs.
        raise ConfigError(f"JWT_SIGNING_KEY is too short: at least {MIN_KEY_BYTES} bytes")
    return Settings(
        database_url=secret("DATABASE_URL"), jwt_signing_key=key, debug=flag("DEBUG")
    )


def generate_signing_key() -> str:
    """A new signing key: 32 random bytes from the operating system's CSPRNG, URL-safe."""
    return secrets.token_urlsafe(32)
