"""The body cap: a declared or streamed oversize body is refused with 413 before it fills memory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.helpers.app import app_client
from tests.helpers.factories import add_judged_problem, make_account
from tests.helpers.pages import HTML, is_problem
from winterarc.kit.body_limit import BodyLimitMiddleware
from winterarc.settings import Settings

pytestmark = pytest.mark.anyio
CAP = 1000


async def echo_length(request: Request) -> JSONResponse:
    return JSONResponse({"received": len(await request.body())})


def limited_app() -> BodyLimitMiddleware:
    return BodyLimitMiddleware(
        Starlette(routes=[Route("/echo", echo_length, methods=["POST"])]), CAP
    )


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=limited_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


async def chunks(total: int, size: int = 100) -> AsyncIterator[bytes]:
    sent = 0
    while sent < total:
        piece = min(size, total - sent)
        sent += piece
        yield b"x" * piece


def assert_too_large(response: httpx.Response) -> None:
    assert is_problem(response, 413), response.text
    body = response.json()
    assert body["type"] == "urn:winterarc:error:payload-too-large"
    assert "larger than" in body["detail"]


async def test_a_body_within_the_cap_passes(http: httpx.AsyncClient) -> None:
    response = await http.post("/echo", content=b"x" * CAP)
    assert response.status_code == 200
    assert response.json() == {"received": CAP}


async def test_an_empty_body_passes(http: httpx.AsyncClient) -> None:
    assert (await http.post("/echo")).json() == {"received": 0}


async def test_a_declared_oversize_body_is_refused(http: httpx.AsyncClient) -> None:
    response = await http.post("/echo", content=b"x" * (CAP + 1))
    assert_too_large(response)
    assert response.headers["connection"] == "close"


async def test_a_streamed_oversize_body_without_a_length_is_refused(
    http: httpx.AsyncClient,
) -> None:
    request = http.build_request("POST", "/echo", content=chunks(CAP * 5))
    assert "content-length" not in request.headers
    assert request.headers["transfer-encoding"] == "chunked"
    # The middleware raises a 413 HTTPException inside the app; a bare Starlette app renders it
    # as text, ours as problem+json (tests/web/test_error_pages.py and the app-level tests).
    response = await http.send(request)
    assert response.status_code == 413
    assert "larger than" in response.text


async def test_a_streamed_body_within_the_cap_passes(http: httpx.AsyncClient) -> None:
    response = await http.post("/echo", content=chunks(CAP))
    assert response.json() == {"received": CAP}


async def test_a_body_larger_than_its_declared_length_is_refused() -> None:
    """Content-Length can lie: the count is kept on what actually arrives."""
    pieces = [b"x" * 400] * 5
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        body = pieces.pop(0)
        return {"type": "http.request", "body": body, "more_body": bool(pieces)}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/echo",
        "raw_path": b"/echo",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"content-length", b"10")],
        "server": ("testserver", 80),
        "client": ("127.0.0.1", 1234),
    }
    await limited_app()(scope, receive, send)
    assert sent[0]["type"] == "http.response.start"
    assert sent[0]["status"] == 413


async def test_websockets_and_lifespan_pass_through_untouched() -> None:
    seen: list[str] = []

    async def inner(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    await BodyLimitMiddleware(inner, CAP)({"type": "lifespan"}, None, None)  # type: ignore[arg-type]
    assert seen == ["lifespan"]


# --- In the app ------------------------------------------------------------------------------

SMALL = {
    "package_upload_max_bytes": 64 * 1024,
    "submission_max_bytes": 1024,
    "lab_submission_max_bytes": 64 * 1024,
}


async def test_the_app_refuses_an_oversize_api_body_declared_or_streamed(
    settings: Settings,
) -> None:
    async with app_client(settings.model_copy(update=SMALL)) as client:
        declared = await client.post(
            "/api/v1/auth/token",
            content=b"x" * (1024 * 1024),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        streamed = await client.post(
            "/api/v1/auth/token",
            content=chunks(1024 * 1024, size=16 * 1024),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        normal = await client.post(
            "/api/v1/auth/token", data={"username": "nobody", "password": "not-the-password"}
        )
    assert is_problem(declared, 413)
    assert is_problem(streamed, 413)
    assert normal.status_code == 401


async def test_the_app_refuses_an_oversize_form_from_a_browser(settings: Settings) -> None:
    async with app_client(settings.model_copy(update=SMALL)) as client:
        response = await client.post(
            "/login",
            content=chunks(1024 * 1024, size=16 * 1024),
            headers={**HTML, "Content-Type": "application/x-www-form-urlencoded"},
        )
    assert response.status_code == 413
    assert "content-security-policy" in response.headers


# --- Anonymous requests get a small cap --------------------------------------------------------

BIG = 200 * 1024  # under the app-wide cap, over the anonymous one


async def test_an_anonymous_body_over_the_small_cap_is_refused_declared_or_streamed(
    client: httpx.AsyncClient,
) -> None:
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    declared = await client.post("/api/v1/auth/register", content=b"x" * BIG, headers=form)
    streamed = await client.post(
        "/login", content=chunks(BIG, size=16 * 1024), headers={**HTML, **form}
    )
    forged = await client.post(
        "/api/v1/auth/register",
        content=b"x" * BIG,
        headers={**form, "Authorization": "Bearer not-a-token"},
    )
    for response in (declared, forged):
        assert_too_large(response)
        assert str(64 * 1024) in response.json()["detail"]
    assert streamed.status_code == 413


async def test_a_logged_in_caller_may_send_more_than_the_anonymous_cap(
    client: httpx.AsyncClient,
) -> None:
    learner = await make_account(client, "ada")
    await add_judged_problem(client)
    escaped = "#" + "\\u0041" * (BIG // 6)  # 200 KB of JSON, 33 KB of source
    body = f'{{"problem": "sum-stdio", "code": "{escaped}"}}'.encode()
    response = await client.post(
        "/api/v1/submissions",
        content=body,
        headers={**learner.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 202, response.text


async def test_csrf_refuses_a_multipart_form_without_parsing_it(
    client: httpx.AsyncClient,
) -> None:
    # Malformed multipart: parsing it would fail with a 400; the refusal comes first. (A page
    # that reads its own form; Form() parameters are parsed by FastAPI before any dependency,
    # which the anonymous cap bounds.)
    response = await client.post(
        "/quizzes/keys-basics",
        content=b"--b\r\nnot a part at all",
        headers={"Content-Type": "multipart/form-data; boundary=b", "Accept": "*/*"},
    )
    assert is_problem(response, 403)
    assert response.json()["type"] == "urn:winterarc:error:csrf-refused"
