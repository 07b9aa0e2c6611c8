"""The embedded default for real: `winterarc serve` with SQLite starts its own workers."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.exceptions import InvalidStatus

from tests.helpers.content import copy_content
from tests.helpers.factories import solution
from tests.helpers.pipeline import SLOW_SUM, expected_progress, follow_events, progress
from tests.helpers.processes import ProcessGroup, account, base_env, free_port, wait_ready

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


def embedded_env(tmp_path: Path, port: int, **settings: str) -> dict[str, str]:
    return base_env(
        tmp_path / "data",
        port=str(port),
        content_dir=str(copy_content(tmp_path, ["sum-stdio"])),
        sync_content_on_start="true",
        **settings,
    )


async def test_serve_judges_a_submission_and_its_websocket_sees_every_event_in_order(
    processes: ProcessGroup, tmp_path: Path
) -> None:
    port = free_port()
    server = processes.start("serve", ["serve"], embedded_env(tmp_path, port), port)
    wait_ready(server)
    owner = await account(server.url, "learner1")
    stranger = await account(server.url, "learner2")
    async with httpx.AsyncClient(base_url=server.url, headers=owner, timeout=30) as http:
        body = {"problem": "sum-stdio", "code": solution("sum-stdio", "accepted", "ref.py")}
        key = {"Idempotency-Key": "first-try"}
        response = await http.post("/api/v1/submissions", json=body, headers=key)
        assert response.status_code == 202, response.text
        retried = await http.post("/api/v1/submissions", json=body, headers=key)
        assert retried.json()["id"] == response.json()["id"]
        submission_id = response.json()["id"]

        events = await follow_events(server.url, submission_id, owner)
        tests = len((await http.get(f"/api/v1/submissions/{submission_id}")).json()["tests"])
        assert progress(events) == expected_progress(tests), events
        assert [e["seq"] for e in events if "seq" in e] == sorted(
            e["seq"] for e in events if "seq" in e
        )

        listed = (await http.get("/api/v1/submissions")).json()["items"]
        assert [item["id"] for item in listed] == [submission_id]

    async with httpx.AsyncClient(base_url=server.url, headers=stranger, timeout=30) as http:
        assert (await http.get(f"/api/v1/submissions/{submission_id}")).status_code == 404
        assert (await http.get("/api/v1/submissions")).json()["items"] == []
    with pytest.raises(InvalidStatus) as denied:
        await follow_events(server.url, submission_id, stranger, seconds=10)
    assert denied.value.response.status_code == 404


def worker_pids(serve_pid: int) -> list[int]:
    children = Path(f"/proc/{serve_pid}/task/{serve_pid}/children")
    pids = [int(p) for p in children.read_text().split()] if children.exists() else []
    for task in Path(f"/proc/{serve_pid}/task").iterdir():  # the supervisor thread spawns them
        more = (task / "children").read_text().split()
        pids += [int(p) for p in more if int(p) not in pids]
    return pids


async def test_a_worker_killed_mid_judgement_gets_its_submission_back_after_the_lease(
    processes: ProcessGroup, tmp_path: Path
) -> None:
    port = free_port()
    env = embedded_env(tmp_path, port, judge_lease_seconds="3")
    server = processes.start("serve", ["serve"], env, port)
    wait_ready(server)
    headers = await account(server.url, "learner1")
    async with httpx.AsyncClient(base_url=server.url, headers=headers, timeout=30) as http:
        response = await http.post(
            "/api/v1/submissions", json={"problem": "sum-stdio", "code": SLOW_SUM}
        )
        submission_id = response.json()["id"]
        midway = asyncio.Event()

        def watch(event: dict[str, Any]) -> None:
            if event["type"] == "test" and event["done"] >= 2:
                midway.set()

        following = asyncio.create_task(
            follow_events(server.url, submission_id, headers, seconds=120, on_event=watch)
        )
        await asyncio.wait_for(midway.wait(), 60)
        [worker] = worker_pids(server.process.pid)
        os.kill(worker, signal.SIGKILL)  # serve restarts it; the lease expires; judged again
        events = await following
        labels = progress(events)
        assert labels.count("final AC") == 1 and labels[-1] == "final AC", labels
        assert sorted({e["attempt"] for e in events if e["type"] == "running"}) == [1, 2]
        body = (await http.get(f"/api/v1/submissions/{submission_id}")).json()
        names = [test["name"] for test in body["tests"]]
        assert body["verdict"] == "AC" and len(names) == len(set(names))
    assert worker not in worker_pids(server.process.pid)
