"""Settings: WINTERARC_* environment variables, an optional .env file and secret files."""

from __future__ import annotations

import os
import secrets
import stat
from enum import StrEnum
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import platformdirs
from pydantic import Field, SecretStr, field_validator, model_validator

if TYPE_CHECKING:
    from limits import RateLimitItem
from pydantic_settings import BaseSettings, SettingsConfigDict

MIN_SECRET_LENGTH = 32
_PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "changethis", "please-change-me"}
DEFAULT_SECRETS_DIR = Path("/run/secrets")


class Environment(StrEnum):
    EMBEDDED = "embedded"
    PRODUCTION = "production"


class SettingsError(Exception):
    """The configuration cannot be used; the message says which setting and why."""


@lru_cache(maxsize=64)
def parse_rule(rule: str) -> RateLimitItem:
    """A rate-limit rule: "10/minute", "5 per hour", ...; ValueError for anything else."""
    # Imported here: every command reads the settings, few need `limits` (~50 modules).
    from limits import parse
    from limits.errors import ConfigurationError

    try:
        return parse(rule)
    except (ValueError, ConfigurationError) as error:
        raise ValueError(f"not a rate limit like '10/minute': {rule!r}") from error


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("winterarc", appauthor=False))


def default_content_dir() -> Path | None:
    """The curriculum shipped with this copy: packaged in a wheel, or content/ in a checkout."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "_content", package_dir.parents[1] / "content"):
        if (candidate / "roadmap.yaml").is_file():
            return candidate
    return None


class Settings(BaseSettings):
    """Every setting Winter Arc reads. The README's configuration table documents each one."""

    model_config = SettingsConfigDict(
        env_prefix="WINTERARC_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

    environment: Environment = Environment.EMBEDDED
    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    host: str = "127.0.0.1"
    port: Annotated[int, Field(ge=1, le=65535)] = 8000
    public_url: str | None = None
    log_level: str = "info"

    jwt_secret: SecretStr | None = None
    jwt_issuer: str = "winterarc"
    jwt_audience: str = "winterarc-api"
    access_token_ttl_seconds: Annotated[int, Field(ge=30, le=86_400)] = 900
    refresh_token_ttl_seconds: Annotated[int, Field(ge=300, le=90 * 86_400)] = 30 * 86_400
    refresh_reuse_grace_seconds: Annotated[int, Field(ge=0, le=60)] = 10

    # Browser sessions: an HttpOnly cookie; Secure follows TLS unless forced here.
    web_session_ttl_seconds: Annotated[int, Field(ge=300, le=90 * 86_400)] = 14 * 86_400
    cookie_secure: bool | None = None
    package_upload_max_bytes: Annotated[int, Field(ge=64 * 1024, le=64 * 1024 * 1024)] = (
        16 * 1024 * 1024
    )
    anonymous_body_max_bytes: Annotated[int, Field(ge=4 * 1024, le=1024 * 1024)] = 64 * 1024

    # Brakes on password guessing and mass sign-ups ("N/second|minute|hour|day").
    login_rate_limit: str = "10/minute"
    login_account_rate_limit: str = "20/minute"
    submission_rate_limit: str = "20/minute"
    submission_in_flight_max: Annotated[int, Field(ge=1, le=100)] = 10
    # Fair judging: a learner's submissions in the judge queue at once; the rest wait in the
    # outbox, so a burst delays another learner by at most this many judgements per busy learner.
    judge_queue_per_learner: Annotated[int, Field(ge=1, le=100)] = 2
    run_rate_limit: str = "30/minute"
    run_in_flight_max: Annotated[int, Field(ge=1, le=64)] = 2
    login_ip_rate_limit: str = "100/minute"
    signup_rate_limit: str = "20/hour"
    # The device authorization grant (`winterarc login`): codes issued per address, codes
    # tried on the approval page per address, how long a code lives and how often it is polled.
    device_code_rate_limit: str = "10/minute"
    device_verify_rate_limit: str = "10/minute"
    device_code_ttl_seconds: Annotated[int, Field(ge=1, le=3600)] = 600
    device_poll_interval_seconds: Annotated[int, Field(ge=1, le=60)] = 5

    content_dir: Path | None = Field(default_factory=default_content_dir)
    sync_content_on_start: bool | None = None

    page_size_default: Annotated[int, Field(ge=1, le=100)] = 20
    page_size_max: Annotated[int, Field(ge=1, le=500)] = 100

    # The submission pipeline: "database" is the embedded queue; amqp://... selects RabbitMQ.
    broker_url: str = "database"
    redis_url: str | None = None
    workers: Annotated[int | None, Field(ge=0, le=64)] = None
    worker_concurrency: Annotated[int, Field(ge=1, le=64)] = 2
    submission_max_bytes: Annotated[int, Field(ge=1024, le=1024 * 1024)] = 64 * 1024
    # A lab submission's files together (each also within its lab's max_file_bytes).
    lab_submission_max_bytes: Annotated[int, Field(ge=64 * 1024, le=4 * 1024 * 1024)] = 1024 * 1024
    # "Run" on custom input, in the API process: runs at once, how long one waits for a slot,
    # and the input's size (at most 1 MiB, the judge's own ceiling).
    run_slots: Annotated[int, Field(ge=1, le=64)] = 2
    run_wait_seconds: Annotated[float, Field(ge=1, le=300)] = 20.0
    run_input_max_bytes: Annotated[int, Field(ge=1024, le=1024 * 1024)] = 1024 * 1024
    # Lab jails each process keeps booted ahead (worker: submissions; API: Run); 0: boot per lab.
    lab_warm_jails: Annotated[int, Field(ge=0, le=8)] = 1
    judge_max_attempts: Annotated[int, Field(ge=1, le=20)] = 3
    judge_lease_seconds: Annotated[float, Field(ge=1, le=3600)] = 60.0
    stats_interval_seconds: Annotated[float, Field(ge=1, le=86_400)] = 300.0
    # The embedded queue, outbox and live events wake on rings; this slow poll is the safety net.
    idle_poll_seconds: Annotated[float, Field(ge=0.05, le=3600)] = 30.0
    # A worker's own /metrics port (serve's child workers take this port + their index).
    worker_metrics_port: Annotated[int | None, Field(ge=1, le=65535)] = None

    log_format: Literal["json", "console"] | None = None

    @property
    def resolved_log_format(self) -> str:
        """JSON lines in production (for a log pipeline), readable lines on a laptop."""
        if self.log_format is not None:
            return self.log_format
        return "json" if self.environment is Environment.PRODUCTION else "console"

    @field_validator("broker_url")
    @classmethod
    def _known_broker(cls, value: str) -> str:
        if value != "database" and not value.startswith(("amqp://", "amqps://")):
            raise ValueError("must be 'database' or an amqp:// or amqps:// URL")
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must be a redis://, rediss:// or unix:// URL")
        return value or None

    @field_validator(
        "login_rate_limit",
        "login_account_rate_limit",
        "submission_rate_limit",
        "run_rate_limit",
        "login_ip_rate_limit",
        "signup_rate_limit",
        "device_code_rate_limit",
        "device_verify_rate_limit",
    )
    @classmethod
    def _rate_limit_rule(cls, value: str) -> str:
        parse_rule(value)
        return value

    @field_validator("log_level")
    @classmethod
    def _known_log_level(cls, value: str) -> str:
        value = value.lower()
        if value not in {"critical", "error", "warning", "info", "debug"}:
            raise ValueError("must be one of critical, error, warning, info, debug")
        return value

    @model_validator(mode="after")
    def _production_needs_real_services(self) -> Settings:
        if self.environment is Environment.PRODUCTION and not self.database_url:
            raise ValueError("WINTERARC_DATABASE_URL is required in production")
        return self

    @cached_property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'winterarc.db'}"

    @property
    def syncs_content_on_start(self) -> bool:
        """Embedded installs load the curriculum on start; servers run `content sync` explicitly."""
        if self.sync_content_on_start is not None:
            return self.sync_content_on_start
        return self.environment is Environment.EMBEDDED

    @property
    def serve_workers(self) -> int:
        """Worker processes `serve` starts: 1 with the embedded queue, 0 with RabbitMQ (run
        `winterarc worker` instead), unless WINTERARC_WORKERS says otherwise."""
        if self.workers is not None:
            return self.workers
        return 1 if self.broker_url == "database" else 0

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")


def load_settings(**overrides: object) -> Settings:
    """Read settings; secret files come from WINTERARC_SECRETS_DIR (default /run/secrets)."""
    secrets_dir = os.environ.get("WINTERARC_SECRETS_DIR")
    directory = Path(secrets_dir) if secrets_dir else DEFAULT_SECRETS_DIR
    if secrets_dir and not directory.is_dir():
        raise SettingsError(f"WINTERARC_SECRETS_DIR: {directory} is not a directory")
    kwargs: dict[str, object] = dict(overrides)
    if directory.is_dir():
        kwargs["_secrets_dir"] = directory
    try:
        return Settings(**kwargs)  # type: ignore[arg-type]
    except ValueError as exc:
        raise SettingsError(_first_error(exc)) from None


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "settings"
        return f"WINTERARC_{where.upper()}: {first.get('msg', 'invalid')}"
    return str(exc)


def weak_secret_reason(secret: str) -> str | None:
    """Why a JWT secret is unacceptable, or None when it is fine."""
    if len(secret) < MIN_SECRET_LENGTH:
        return f"must be at least {MIN_SECRET_LENGTH} characters"
    if secret.lower() in _PLACEHOLDER_SECRETS or len(set(secret)) < 8:
        return "is a placeholder or too repetitive"
    return None


def secure_data_dir(data_dir: Path) -> None:
    """Create the data directory 0700 and take group and other access away from everything
    already in it: it holds password hashes, every learner's code and the hidden tests."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if data_dir.stat().st_mode & (stat.S_ISVTX | stat.S_IWOTH):
        # A shared folder such as /tmp: closing it would break everyone else's files.
        raise SettingsError(f"WINTERARC_DATA_DIR {data_dir} is shared; give Winter Arc its own")
    uid = os.getuid()
    for folder, _dirs, files in os.walk(data_dir):
        for path in (Path(folder), *(Path(folder, name) for name in files)):
            info = path.lstat()
            mode = info.st_mode
            if stat.S_ISLNK(mode) or not mode & 0o077 or info.st_uid != uid:
                continue
            path.chmod(0o700 if stat.S_ISDIR(mode) else stat.S_IMODE(mode) & 0o700)


def ensure_jwt_secret(settings: Settings) -> SecretStr:
    """The JWT signing secret: configured, or (embedded only) generated once into the data dir."""
    if settings.jwt_secret is not None:
        reason = weak_secret_reason(settings.jwt_secret.get_secret_value())
        if reason is not None:
            raise SettingsError(f"WINTERARC_JWT_SECRET {reason}")
        return settings.jwt_secret
    if settings.environment is Environment.PRODUCTION:
        raise SettingsError(
            "WINTERARC_JWT_SECRET is required in production "
            "(set it or put it in the secrets directory as winterarc_jwt_secret)"
        )
    path = settings.data_dir / "jwt_secret"
    secure_data_dir(settings.data_dir)
    if not path.exists():
        # O_EXCL: two processes starting at once must not overwrite each other's secret.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    value = path.read_text().strip()
    if weak_secret_reason(value) is not None:
        raise SettingsError(f"{path}: the stored JWT secret is unusable; delete it to regenerate")
    return SecretStr(value)
