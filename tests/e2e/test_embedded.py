"""The embedded default for real: `winterarc serve` with SQLite starts its own workers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.pipeline_helpers import eventually, solution
from tests.processes import ProcessGroup, account, base_env, content_dir, free_port, wait_ready

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


def embedded_env(tmp_path: Path, port: int, **settings: str) -> dict[str, str]:
    return base_env(
        tmp_path / "data",
        port=str(port),
        content_dir=str(content_dir(tmp_path)),
        sync_content_on_start="true",
        **settings,
    )


async def test_serve_starts_its_workers_and_a_submission_reaches_its_verdict(
    processes: ProcessGroup, tmp_path: Path
) -> None:
    port = free_port()
    server = processes.start("serve", ["serve"], embedded_env(tmp_path, port), port)
    wait_ready(server)
    headers = await account(server.url, "learner1")
    async with httpx.AsyncClient(base_url=server.url, headers=headers, timeout=30) as http:
        response = await http.post(
            "/api/v1/submissions",
            json={"problem": "sum-stdio", "code": solution("sum-stdio", "accepted", "ref.py")},
        )
        assert response.status_code == 202, response.text
        url = response.json()["url"]

        async def verdict() -> Any:
            body = (await http.get(url)).json()
            return body if body["status"] == "done" else None

        body = await eventually(verdict, seconds=60, every=0.1)
    assert body["verdict"] == "AC", body
