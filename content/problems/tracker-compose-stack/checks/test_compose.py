import re

import jsonschema
from compose_schema import SCHEMA
from conftest import environment, service

SECRET_NAME = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY", re.I)
INTERPOLATED = re.compile(r"^\$\{?[A-Za-z_]\w*(:?[-?][^}]*)?\}?$")
URL_PASSWORD = re.compile(r"://[^/:@\s]+:([^@\s]+)@")
PGDATA = "/var/lib/postgresql/data"


def healthcheck_command(spec):
    test = (spec.get("healthcheck") or {}).get("test")
    if isinstance(test, list):
        return " ".join(test[1:]) if test and test[0] in ("CMD", "CMD-SHELL") else ""
    return test or ""


def test_file_matches_the_compose_schema(compose):
    """compose.yaml fits the Compose schema (known keys, right types)."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(compose), key=lambda error: list(error.absolute_path))
    problems = [
        f"{'.'.join(str(part) for part in error.absolute_path) or '(top level)'}: {error.message}"
        for error in errors
    ]
    assert not problems, "not a valid Compose file:\n" + "\n".join(problems[:5])


def test_db_and_cache_have_healthchecks(compose):
    """db checks itself with pg_isready, cache with redis-cli ping, with interval/timeout/retries."""
    for name, needed in (("db", ("pg_isready",)), ("cache", ("redis-cli", "ping"))):
        spec = service(compose, name)
        check = spec.get("healthcheck") or {}
        command = healthcheck_command(spec)
        assert all(word in command for word in needed), (
            f"{name}: a healthcheck whose test runs {' '.join(needed)}; a container that has "
            "started is not a database that accepts connections"
        )
        for key in ("interval", "timeout", "retries"):
            assert key in check, f"{name}: set healthcheck.{key}"


def test_api_waits_for_healthy_db_and_cache(compose):
    """api depends on db and cache with condition: service_healthy."""
    depends = service(compose, "api").get("depends_on")
    assert isinstance(depends, dict), (
        "api: depends_on: [db, cache] only orders the start-up: the api starts while "
        "PostgreSQL is still initialising and crashes on its first connection. Use the long "
        "form with condition: service_healthy"
    )
    for name in ("db", "cache"):
        condition = (depends.get(name) or {}).get("condition")
        assert condition == "service_healthy", (
            f"api: depends_on.{name}.condition is {condition!r}, expected service_healthy"
        )


def test_databases_publish_no_ports(compose):
    """db and cache publish no ports on the host; the api reaches them on the Compose network."""
    for name in ("db", "cache"):
        ports = service(compose, name).get("ports")
        assert not ports, (
            f"{name}: ports {ports}: a published port opens the database to everything that "
            "can reach the host (often the whole network); the api reaches it by service name "
            "on the Compose network without any ports"
        )


def test_postgres_data_on_a_named_volume(compose):
    """db keeps /var/lib/postgresql/data on a named volume declared under volumes:."""
    declared = set(compose.get("volumes") or {})
    for mount in service(compose, "db").get("volumes") or []:
        if isinstance(mount, dict):
            source, target, kind = mount.get("source"), mount.get("target"), mount.get("type")
        else:
            parts = str(mount).split(":")
            source, target = (parts[0], parts[1]) if len(parts) > 1 else (None, parts[0])
            kind = "volume"
        if target and target.rstrip("/") == PGDATA:
            assert kind == "volume" and source in declared, (
                f"db: mount {source!r} on {PGDATA} as a named volume declared under the "
                "top-level volumes: key"
            )
            return
    raise AssertionError(
        f"db: mount a named volume on {PGDATA}; without it, docker compose down -v (or a new "
        "container) loses every shipment"
    )


def test_secrets_come_from_an_env_file(compose):
    """Passwords come from an env_file: no literal secret in environment: or in a URL."""
    for name, spec in (compose.get("services") or {}).items():
        for key, value in environment(spec or {}).items():
            literal = value and not INTERPOLATED.match(value)
            assert not (SECRET_NAME.search(key) and literal), (
                f"{name}: environment.{key} is written in compose.yaml, which is committed to "
                "git; put it in the env_file (.env, git-ignored)"
            )
            password = URL_PASSWORD.search(value)
            assert not (password and not INTERPOLATED.match(password.group(1))), (
                f"{name}: environment.{key} has a password inside the URL; build it from "
                "variables of the env_file instead"
            )
    for name in ("api", "db"):
        spec = service(compose, name)
        assert spec.get("env_file") or "POSTGRES_PASSWORD_FILE" in environment(spec), (
            f"{name}: read the credentials from env_file: .env"
        )


def test_api_finds_services_by_name(compose):
    """The api's DB_HOST is db and its REDIS_URL points at cache: service names."""
    env = environment(service(compose, "api"))
    assert env.get("DB_HOST") == "db", (
        f"api: environment.DB_HOST is {env.get('DB_HOST')!r}: inside a container, localhost is "
        "the container itself; other services are reached by their service name, db"
    )
    url = env.get("REDIS_URL", "")
    assert re.fullmatch(r"redis://cache(:6379)?(/\d+)?", url), (
        f"api: environment.REDIS_URL is {url!r}, expected redis://cache:6379/0"
    )
