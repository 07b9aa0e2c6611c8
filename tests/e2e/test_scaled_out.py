"""The scaled-out setup for real: API replica, `winterarc worker` processes, RabbitMQ, Redis,
PostgreSQL. Crashes, poison messages and a broker outage lose nothing."""

from __future__ import annotations

import asyncio
import signal
import time
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.exceptions import InvalidStatus

from tests.e2e.cluster import Cluster
from tests.helpers.factories import solution
from tests.helpers.nginx import start_nginx
from tests.helpers.pipeline import SLOW_SUM, expected_progress, follow_events, progress
from tests.helpers.processes import Process, account, free_port, wait_ready
from tests.helpers.rabbitmq import OwnRabbitMQ
from tests.helpers.waiting import eventually
from winterarc.worker.consumer import DEAD_MESSAGE

RELAY_RETRIES = "outbox relay:"  # its warning when it cannot publish and backs off
pytestmark = [
    pytest.mark.anyio,
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.rabbitmq,
    pytest.mark.redis,
]


async def submit(base_url: str, headers: dict[str, str], code: str) -> str:
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30) as http:
        response = await http.post(
            "/api/v1/submissions", json={"problem": "sum-stdio", "code": code}
        )
        assert response.status_code == 202, response.text
        return str(response.json()["id"])


async def stored(base_url: str, headers: dict[str, str], submission_id: str) -> Any:
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30) as http:
        return (await http.get(f"/api/v1/submissions/{submission_id}")).json()


async def test_a_submission_flows_to_its_verdict_with_every_event_in_order(
    cluster: Cluster,
) -> None:
    api = cluster.api()
    cluster.worker()
    headers = await account(api.url, "learner1")
    submission_id = await submit(api.url, headers, solution("sum-stdio", "accepted", "ref.py"))
    events = await follow_events(api.url, submission_id, headers)
    body = await stored(api.url, headers, submission_id)
    assert progress(events) == expected_progress(len(body["tests"])), events
    assert body["verdict"] == "AC"


async def test_a_worker_killed_mid_judgement_is_redelivered_and_judged_exactly_once(
    cluster: Cluster,
) -> None:
    api = cluster.api()
    doomed = cluster.worker("worker-1")
    headers = await account(api.url, "learner1")
    submission_id = await submit(api.url, headers, SLOW_SUM)
    midway = asyncio.Event()

    def watch(event: dict[str, Any]) -> None:
        if event["type"] == "test" and event["done"] >= 2:
            midway.set()

    following = asyncio.create_task(
        follow_events(api.url, submission_id, headers, seconds=120, on_event=watch)
    )
    await asyncio.wait_for(midway.wait(), 60)
    doomed.kill()  # SIGKILL: no ack, no cleanup
    cluster.worker("worker-2")
    events = await following
    labels = progress(events)
    assert labels.count("final AC") == 1 and labels[-1] == "final AC", labels
    assert sorted({e["attempt"] for e in events if e["type"] == "running"}) == [1, 2]
    body = await stored(api.url, headers, submission_id)
    assert body["verdict"] == "AC"
    names = [test["name"] for test in body["tests"]]
    assert (
        len(names)
        == len(set(names))
        == labels.count("test 1/" + labels[2].split("/")[1]) * 0 + len(names)
    )
    final_run = [e for e in events if e.get("attempt") == 2 and e["type"] == "test"]
    assert len(names) == final_run[-1]["total"]


async def test_a_message_that_crashes_its_worker_every_time_ends_as_internal_error(
    cluster: Cluster,
) -> None:
    api = cluster.api()
    headers = await account(api.url, "learner1")
    marker = "CRASH-THE-WORKER-" + str(time.monotonic_ns())
    submission_id = await submit(api.url, headers, f"print(1)  # {marker}\n")

    async def crashed_or_judged(worker: Process) -> str | None:
        if not worker.alive():
            return "crashed"
        body = await stored(api.url, headers, submission_id)
        return "judged" if body["status"] == "done" else None

    crashes = 0
    for attempt in range(10):  # bounded; the broker gives up after 3 deliveries
        worker = cluster.worker(f"worker-{attempt}", fault_crash_marker=marker)
        outcome = await eventually(partial(crashed_or_judged, worker), seconds=90, every=0.2)
        if outcome == "judged":
            break
        assert worker.process.returncode == 86, worker.output()[-2000:]
        crashes += 1
    body = await stored(api.url, headers, submission_id)
    assert (body["status"], body["verdict"], body["message"]) == ("done", "IE", DEAD_MESSAGE)
    assert crashes == 3  # WINTERARC_JUDGE_MAX_ATTEMPTS
    events = await follow_events(api.url, submission_id, headers, seconds=10)
    # A late client gets the channel's recent events (only `queued`: every attempt crashed
    # before saying it was running), then the stored final state.
    assert progress(events) == ["queued", "final IE"]


async def test_submissions_made_while_rabbitmq_is_down_are_all_accepted_and_judged_after(
    cluster: Cluster, tmp_path: Path
) -> None:
    rabbit = OwnRabbitMQ(tmp_path / "rabbitmq", free_port(), free_port())
    cluster.broker_url = rabbit.url
    rabbit.start()
    try:
        api = cluster.api()
        cluster.worker()
        headers = await account(api.url, "learner1")
        code = solution("sum-stdio", "accepted", "ref.py")
        first = await submit(api.url, headers, code)  # the queues exist, the pipeline works
        assert progress(await follow_events(api.url, first, headers))[-1] == "final AC"

        outages = api.output().count(RELAY_RETRIES)
        rabbit.stop()
        during = [await submit(api.url, headers, code) for _ in range(5)]  # all 202

        async def relay_noticed() -> bool | None:
            return api.output().count(RELAY_RETRIES) > outages or None

        await eventually(relay_noticed, seconds=60, every=0.2)
        for submission_id in during:
            assert (await stored(api.url, headers, submission_id))["status"] == "queued"
        rabbit.start()

        async def all_judged() -> list[Any] | None:
            bodies = [await stored(api.url, headers, s) for s in during]
            return bodies if all(b["status"] == "done" for b in bodies) else None

        bodies = await eventually(all_judged, seconds=120, every=0.5)
        assert [b["verdict"] for b in bodies] == ["AC"] * 5
    finally:
        cluster.processes.stop_all()
        rabbit.stop()


async def test_two_replicas_behind_nginx_serve_events_for_submissions_made_on_either(
    cluster: Cluster, tmp_path: Path
) -> None:
    first = cluster.api("api-1")
    second = cluster.api("api-2", sync_content=False)
    cluster.worker()
    balancer = start_nginx(
        cluster.processes, [first.port or 0, second.port or 0], tmp_path / "nginx"
    )
    wait_ready(balancer)
    headers = await account(balancer.url, "learner1")
    code = solution("sum-stdio", "accepted", "ref.py")

    # Submitted through one replica, followed live through the other, both ways round. The slow
    # solution keeps the judgement going until the follower is connected, even on a busy machine.
    for submit_to, follow_on in ((first, second), (second, first)):
        submission_id = await submit(submit_to.url, headers, SLOW_SUM)
        events = await follow_events(follow_on.url, submission_id, headers)
        assert progress(events)[0] == "queued" and progress(events)[-1] == "final AC", events

    # And through the load balancer, which proxies the WebSocket upgrade.
    for _ in range(2):
        submission_id = await submit(balancer.url, headers, code)
        events = await follow_events(balancer.url, submission_id, headers)
        tests = len((await stored(balancer.url, headers, submission_id))["tests"])
        assert progress(events) == expected_progress(tests), events
    stranger = await account(balancer.url, "learner2")
    with pytest.raises(InvalidStatus) as denied:
        await follow_events(balancer.url, submission_id, stranger, seconds=10)
    assert denied.value.response.status_code == 404


async def test_sigterm_lets_a_worker_finish_its_judgement_before_it_exits(
    cluster: Cluster,
) -> None:
    api = cluster.api()
    worker = cluster.worker()
    headers = await account(api.url, "learner1")
    submission_id = await submit(api.url, headers, SLOW_SUM)
    midway = asyncio.Event()

    def watch(event: dict[str, Any]) -> None:
        if event["type"] == "test":
            midway.set()

    following = asyncio.create_task(
        follow_events(api.url, submission_id, headers, seconds=120, on_event=watch)
    )
    await asyncio.wait_for(midway.wait(), 60)
    worker.process.send_signal(signal.SIGTERM)
    events = await following
    assert progress(events)[-1] == "final AC"
    assert {e["attempt"] for e in events if "attempt" in e} == {1}  # finished, not requeued
    assert await asyncio.to_thread(worker.process.wait, 30) == 0
