"""The stored login: where it lives, who may read it, which server it is for."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest

from winterarc.client import config
from winterarc.client.config import Credentials
from winterarc.client.errors import ClientError


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WINTERARC_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("WINTERARC_SERVER", raising=False)
    return tmp_path / "config"


def credentials(server: str = "http://arc.example:8000") -> Credentials:
    return Credentials(server, "ada", "access", time.time() + 900, "refresh")


def test_saved_credentials_are_readable_by_their_owner_only(config_dir: Path) -> None:
    path = config.save(credentials())
    assert path == config_dir / "credentials.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = config.load()
    assert loaded is not None and loaded.username == "ada" and loaded.refresh_token == "refresh"
    assert [p.name for p in config_dir.iterdir()] == ["credentials.json"]  # no temporary left


def test_a_damaged_file_is_no_login_and_clearing_twice_is_harmless(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "credentials.json").write_text("{not json")
    assert config.load() is None
    assert config.clear() is True
    assert config.clear() is False


def test_the_server_comes_from_the_option_the_environment_or_the_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert config.server() == config.DEFAULT_SERVER
    config.save(credentials("https://cohort.example"))
    assert config.server() == "https://cohort.example"
    monkeypatch.setenv("WINTERARC_SERVER", "localhost:9000/")
    assert config.server() == "http://localhost:9000"
    assert config.server("https://other.example/") == "https://other.example"


@pytest.mark.parametrize("bad", ["file:///etc/passwd", "ftp://x", "http://", "http://a b"])
def test_only_http_servers_are_accepted(bad: str) -> None:
    with pytest.raises(ClientError) as refused:
        config.normalize_server(bad)
    assert refused.value.exit_code == 2


def test_an_access_token_is_refreshed_before_it_expires() -> None:
    assert credentials().access_fresh()
    assert not Credentials("http://x", "ada", "a", time.time() + 10, "r").access_fresh()
