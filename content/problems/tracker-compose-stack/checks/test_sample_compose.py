import re

from conftest import service

POSTGRES = re.compile(r"(docker\.io/)?(library/)?postgres:1[67](\.\d+)?(-[a-z0-9.]+)?(@sha256:[0-9a-f]{64})?")
REDIS = re.compile(r"(docker\.io/)?(library/)?redis:[78](\.\d+){0,2}(-[a-z0-9.]+)?(@sha256:[0-9a-f]{64})?")


def test_sample_api_db_and_cache(compose):
    assert sorted(compose.get("services") or {}) == ["api", "cache", "db"], (
        "three services: api (the tracker), db (PostgreSQL) and cache (Redis)"
    )
    api = service(compose, "api")
    build = api.get("build")
    context = build.get("context", ".") if isinstance(build, dict) else build
    assert context in (".", "./"), "api builds the image from the project folder: build: ."
    db_image = service(compose, "db").get("image", "")
    assert POSTGRES.fullmatch(db_image), (
        f"db: image {db_image!r}: PostgreSQL 16 or 17 pinned to a version tag, e.g. "
        "postgres:16.4-alpine (a floating tag upgrades the database under its data)"
    )
    cache_image = service(compose, "cache").get("image", "")
    assert REDIS.fullmatch(cache_image), (
        f"cache: image {cache_image!r}: Redis pinned to a version tag, e.g. redis:7.4-alpine"
    )


def test_sample_api_publishes_port_8000(compose):
    ports = [str(port) for port in service(compose, "api").get("ports") or []]
    published = [port.rsplit("/", 1)[0].split(":")[-2:] for port in ports if ":" in port]
    assert ["8000", "8000"] in published, (
        'api: ports: ["8000:8000"] (or "127.0.0.1:8000:8000"), so you can reach it from the host'
    )
