"""Metrics for real: Debian's Prometheus scrapes `winterarc serve` and a separate worker while
a solution is judged, and its query API gives the judge and HTTP metrics back."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.helpers.content import copy_content
from tests.helpers.factories import solution
from tests.helpers.pipeline import follow_events
from tests.helpers.processes import ProcessGroup, account, base_env, free_port, wait_ready
from tests.helpers.services import require_service
from tests.helpers.waiting import eventually

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
ROOT = Path(__file__).parents[2]
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"


def prometheus_config(api_port: int, worker_port: int) -> str:
    return f"""
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: ["{ALERTS}"]
scrape_configs:
  - job_name: winterarc-api
    static_configs: [{{targets: ["127.0.0.1:{api_port}"]}}]
  - job_name: winterarc-worker
    static_configs: [{{targets: ["127.0.0.1:{worker_port}"]}}]
"""


async def query(prometheus: str, expr: str) -> float | None:
    """The single value of an instant query, or None while it has none."""
    async with httpx.AsyncClient(timeout=10) as http:
        response = await http.get(f"{prometheus}/api/v1/query", params={"query": expr})
    result: list[Any] = response.json()["data"]["result"]
    return float(result[0]["value"][1]) if result else None


async def test_prometheus_scrapes_the_api_and_a_worker_and_sees_a_judgement(
    processes: ProcessGroup, tmp_path: Path
) -> None:
    binary = shutil.which("prometheus")
    if binary is None:
        require_service("Prometheus", "apt-get install prometheus (scripts/bootstrap --dev)")
    api_port, worker_port, prometheus_port = free_port(), free_port(), free_port()
    env = base_env(
        tmp_path / "data",
        port=str(api_port),
        workers="0",
        content_dir=str(copy_content(tmp_path, ["sum-stdio"])),
        sync_content_on_start="true",
    )
    server = processes.start("serve", ["serve"], env, api_port)
    processes.start("worker", ["worker", "--metrics-port", str(worker_port)], env)
    config = tmp_path / "prometheus.yml"
    config.write_text(prometheus_config(api_port, worker_port))
    prometheus = processes.start(
        "prometheus",
        [],
        {},
        prometheus_port,
        command=[
            str(binary),
            f"--config.file={config}",
            f"--storage.tsdb.path={tmp_path / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{prometheus_port}",
        ],
    )
    wait_ready(server)
    owner = await account(server.url, "learner1")
    async with httpx.AsyncClient(base_url=server.url, headers=owner, timeout=30) as http:
        body = {"problem": "sum-stdio", "code": solution("sum-stdio", "accepted", "ref.py")}
        response = await http.post("/api/v1/submissions", json=body)
        assert response.status_code == 202, response.text
        submission_id = response.json()["id"]
    events = await follow_events(server.url, submission_id, owner)
    assert events[-1]["verdict"] == "AC"

    async def seen(expr: str) -> float | None:
        value = await query(prometheus.url, expr)
        return value if value is not None and value >= 1 else None

    await eventually(lambda: seen('up{job="winterarc-worker"}'), seconds=60, every=0.5)
    verdicts = 'sum(winterarc_judge_verdicts_total{job="winterarc-worker",verdict="AC"})'
    assert await eventually(lambda: seen(verdicts), seconds=60, every=0.5) == 1
    judged = 'sum(winterarc_judge_duration_seconds_count{job="winterarc-worker"})'
    assert await eventually(lambda: seen(judged), seconds=60, every=0.5) == 1
    posted = (
        'sum(winterarc_http_requests_total{job="winterarc-api",method="POST",'
        'route="/api/v1/submissions",status="202"})'
    )
    assert await eventually(lambda: seen(posted), seconds=60, every=0.5) == 1
    logins = 'sum(winterarc_logins_total{job="winterarc-api",outcome="success"})'
    assert await eventually(lambda: seen(logins), seconds=60, every=0.5) == 1
    # Raw paths never become labels: the submission's id is in no series.
    async with httpx.AsyncClient(timeout=10) as http:
        series = await http.get(
            f"{prometheus.url}/api/v1/series", params={"match[]": "winterarc_http_requests_total"}
        )
    assert submission_id not in series.text
    async with httpx.AsyncClient(timeout=10) as http:
        rules = (await http.get(f"{prometheus.url}/api/v1/rules")).json()["data"]["groups"]
    assert {rule["name"] for group in rules for rule in group["rules"]} >= {
        "WinterArcApiErrorRate",
        "WinterArcJudgeQueueStale",
        "WinterArcNoWorkerAlive",
        "WinterArcSandboxFailures",
    }
