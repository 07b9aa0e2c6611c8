"""Where the client keeps its login: one JSON file in the user's config directory, mode 0600.

The location is `$WINTERARC_CONFIG_DIR/credentials.json`, by default the platform's config
directory (`~/.config/winterarc` on Linux). The server is the one `winterarc login --server`
chose, unless `WINTERARC_SERVER` names another."""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from winterarc.client.errors import USAGE, ClientError

DEFAULT_SERVER = "http://127.0.0.1:8000"
FILE_NAME = "credentials.json"


def config_dir() -> Path:
    configured = os.environ.get("WINTERARC_CONFIG_DIR")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_config_path  # only here: the env var is the common case

    return user_config_path("winterarc", appauthor=False)


def normalize_server(url: str) -> str:
    """`localhost:8000` -> `http://localhost:8000`; refuses what cannot be a server address."""
    from urllib.parse import urlsplit

    text = url.strip()
    candidate = text if "://" in text else "http://" + text
    parts = urlsplit(candidate)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        raise ClientError(f"{url}: the server must be an http:// or https:// address", USAGE)
    return candidate.rstrip("/")


@dataclass
class Credentials:
    server: str
    username: str
    access_token: str
    access_expires_at: float  # epoch seconds
    refresh_token: str

    def access_fresh(self, margin: float = 30.0) -> bool:
        return time.time() + margin < self.access_expires_at


def credentials_path() -> Path:
    return config_dir() / FILE_NAME


def load() -> Credentials | None:
    """The stored login; None when there is none (a damaged file counts as none)."""
    try:
        data = json.loads(credentials_path().read_text(encoding="utf-8"))
        return Credentials(
            server=str(data["server"]),
            username=str(data["username"]),
            access_token=str(data["access_token"]),
            access_expires_at=float(data["access_expires_at"]),
            refresh_token=str(data["refresh_token"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(credentials: Credentials) -> Path:
    """Write atomically; the file is created 0600 so no other user can read the tokens."""
    path = credentials_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{FILE_NAME}.{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(asdict(credentials), handle)
    os.chmod(temporary, 0o600)  # O_CREAT's mode is filtered by the umask; this is not
    os.replace(temporary, path)
    return path


def clear() -> bool:
    """Forget the login; True when there was one."""
    with contextlib.suppress(FileNotFoundError):
        credentials_path().unlink()
        return True
    return False


def server(explicit: str | None = None) -> str:
    """The server to talk to: --server, else WINTERARC_SERVER, else the login's, else local."""
    if explicit:
        return normalize_server(explicit)
    configured = os.environ.get("WINTERARC_SERVER")
    if configured:
        return normalize_server(configured)
    stored = load()
    return stored.server if stored else DEFAULT_SERVER
