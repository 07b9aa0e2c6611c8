from __future__ import annotations

import httpx
import pytest

from tests.helpers.api import assert_problem
from winterarc.app import create_app
from winterarc.settings import Settings

pytestmark = pytest.mark.anyio


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    assert (await client.get("/readyz")).json() == {"status": "ready"}


async def test_readiness_fails_with_problem_json_when_the_database_is_gone(
    tmp_path: object,
) -> None:
    settings = Settings(
        database_url="postgresql+asyncpg://nobody@127.0.0.1:1/none",
        jwt_secret="x" * 10 + "0123456789abcdefghijklmnopqrstuv",  # type: ignore[arg-type]
        sync_content_on_start=False,
    )
    app = create_app(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http,
    ):
        assert (await http.get("/healthz")).status_code == 200
        assert_problem(await http.get("/readyz"), 503, "not-ready")


async def test_unknown_routes_and_methods_are_problem_json(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/api/v1/nothing-here"), 404, "not-found")
    assert_problem(await client.put("/api/v1/problems"), 405, "method-not-allowed")


async def test_security_headers_are_set(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "referrer-policy" in response.headers


async def test_openapi_documents_the_password_flow(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    flows = schema["components"]["securitySchemes"]["OAuth2PasswordBearer"]["flows"]
    assert flows["password"]["tokenUrl"] == "/api/v1/auth/token"
    assert "/api/v1/problems" in schema["paths"]


async def test_api_docs_work_offline_from_packaged_assets(client: httpx.AsyncClient) -> None:
    page = (await client.get("/docs")).text
    assert "cdn" not in page.lower()
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page
    asset = await client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js")
    assert asset.status_code == 200
    assert len(asset.content) > 100_000


def test_the_package_refuses_python_dash_o_which_would_strip_its_asserts() -> None:
    import subprocess
    import sys

    for flags, env in ((["-O"], {}), ([], {"PYTHONOPTIMIZE": "1"})):
        ran = subprocess.run(
            [sys.executable, *flags, "-c", "import winterarc"],
            capture_output=True,
            text=True,
            env={**env, "PATH": "/usr/bin:/bin"},
            check=False,
        )
        assert ran.returncode == 1
        assert ran.stderr == "winterarc: error: it does not run under python -O or PYTHONOPTIMIZE\n"
