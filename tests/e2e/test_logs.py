"""Structured logs for real: JSON lines from `winterarc serve` and its worker, one request id
from the submitting request to the worker's verdict, and no secret or source in any line."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers.content import copy_content
from tests.helpers.factories import solution
from tests.helpers.pipeline import follow_events
from tests.helpers.processes import ProcessGroup, base_env, free_port, wait_ready
from tests.helpers.waiting import eventually

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


async def test_a_whole_flow_logs_json_with_one_request_id_and_no_secrets(
    processes: ProcessGroup, tmp_path: Path
) -> None:
    port = free_port()
    env = base_env(
        tmp_path / "data",
        port=str(port),
        log_format="json",
        content_dir=str(copy_content(tmp_path, ["sum-stdio"])),
        sync_content_on_start="true",
    )
    server = processes.start("serve", ["serve"], env, port)
    wait_ready(server)
    password = "correct-horse-" + uuid.uuid4().hex
    marker = "source-marker-" + uuid.uuid4().hex
    source = solution("sum-stdio", "accepted", "ref.py") + f"\n# {marker}\n"
    account = {"username": "learner1", "password": password}
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        assert (await http.post("/api/v1/auth/register", json=account)).status_code == 201
        wrong = {"username": "learner1", "password": password + "-wrong"}
        assert (await http.post("/api/v1/auth/token", data=wrong)).status_code == 401
        tokens = (await http.post("/api/v1/auth/token", data=account)).json()
        owner = {"Authorization": f"Bearer {tokens['access_token']}"}
        request_id = "flow-" + uuid.uuid4().hex[:12]
        response = await http.post(
            "/api/v1/submissions",
            json={"problem": "sum-stdio", "code": source},
            headers={**owner, "X-Request-ID": request_id},
        )
        assert response.status_code == 202, response.text
        assert response.headers["x-request-id"] == request_id
    events = await follow_events(server.url, response.json()["id"], owner)
    assert events[-1]["verdict"] == "AC"

    def verdict_logged() -> list[dict[str, Any]] | None:
        lines = json_lines(server.output())
        return lines if any(line.get("event") == "judged" for line in lines) else None

    lines = await eventually(lambda: _async(verdict_logged), seconds=30)
    text = server.output()
    for secret in (password, tokens["access_token"], tokens["refresh_token"], marker):
        assert secret not in text
    traced = [line for line in lines if line.get("request_id") == request_id]
    assert {"request", "judging", "judged"} <= {line["event"] for line in traced}, traced
    posted = next(line for line in traced if line["event"] == "request")
    assert (posted["method"], posted["route"], posted["status"]) == (
        "POST",
        "/api/v1/submissions",
        202,
    )
    judged = next(line for line in traced if line["event"] == "judged")
    assert judged["verdict"] == "AC"
    assert judged["submission_id"] == response.json()["id"]
    assert all({"timestamp", "level", "logger"} <= set(line) for line in lines)


async def _async(probe: Any) -> Any:
    return probe()
