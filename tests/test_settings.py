from __future__ import annotations

import stat
from pathlib import Path

import pytest

from winterarc.settings import (
    Environment,
    Settings,
    SettingsError,
    ensure_jwt_secret,
    load_settings,
)

STRONG = "k3y-" + "0123456789abcdefghijklmnopqrstuvwxyz"


def test_embedded_mode_generates_a_private_secret_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    first = ensure_jwt_secret(settings)
    path = tmp_path / "jwt_secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (
        ensure_jwt_secret(Settings(data_dir=tmp_path)).get_secret_value()
        == first.get_secret_value()
    )
    assert len(first.get_secret_value()) >= 32


def test_production_refuses_to_start_without_a_secret(tmp_path: Path) -> None:
    settings = Settings(
        environment=Environment.PRODUCTION, data_dir=tmp_path, database_url="sqlite://"
    )
    with pytest.raises(SettingsError, match="WINTERARC_JWT_SECRET is required"):
        ensure_jwt_secret(settings)
    assert not (tmp_path / "jwt_secret").exists()


@pytest.mark.parametrize(
    "weak", ["short", "changeme", "a" * 64, "abababababababababababababababab"]
)
def test_weak_secrets_are_refused(tmp_path: Path, weak: str) -> None:
    settings = Settings(data_dir=tmp_path, jwt_secret=weak)  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match="WINTERARC_JWT_SECRET"):
        ensure_jwt_secret(settings)


def test_production_requires_a_database_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WINTERARC_ENVIRONMENT", "production")
    with pytest.raises(SettingsError, match="DATABASE_URL"):
        load_settings()


def test_secrets_come_from_the_secrets_directory_and_stay_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets_dir = tmp_path / "secrets"
    secrets_dir.mkdir()
    (secrets_dir / "winterarc_jwt_secret").write_text(STRONG)
    monkeypatch.setenv("WINTERARC_SECRETS_DIR", str(secrets_dir))
    settings = load_settings(data_dir=tmp_path)
    assert settings.jwt_secret is not None
    assert settings.jwt_secret.get_secret_value() == STRONG
    assert STRONG not in repr(settings)
    assert STRONG not in str(settings.model_dump())


def test_environment_variables_override_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WINTERARC_PORT", "9001")
    monkeypatch.setenv("WINTERARC_DATA_DIR", str(tmp_path))
    settings = load_settings()
    assert settings.port == 9001
    assert settings.resolved_database_url == f"sqlite+aiosqlite:///{tmp_path / 'winterarc.db'}"


def test_invalid_values_name_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WINTERARC_PORT", "70000")
    with pytest.raises(SettingsError, match="WINTERARC_PORT"):
        load_settings()


def test_a_missing_secrets_directory_is_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WINTERARC_SECRETS_DIR", str(tmp_path / "absent"))
    with pytest.raises(SettingsError, match="not a directory"):
        load_settings()
