"""Pipeline benchmark: N submissions through the API to W workers, acceptance to final verdict.

Run: .venv/bin/python bench/pipeline.py [--submissions 500] [--workers 2] [--concurrency 2]
     [--scaled-out --database-url postgresql+asyncpg://... --broker-url amqp://...
      --redis-url redis://...]

Embedded (default): `winterarc serve` on a fresh SQLite data directory with W worker processes.
Scaled out: `winterarc serve` (no workers) + W `winterarc worker` processes on the given URLs
(the database must be migrated and empty of other runs' data; use a fresh RabbitMQ vhost).

The problem is the sum-stdio fixture (its 5 file tests and 3 generated ones), the solution its
reference. Latency is the server's own clock: `judged_at - created_at` of each submission.
Reported: throughput, p50/p95/p99, how many accepted submissions never got a verdict (lost),
how many got more than one final verdict event (judged twice) and how many were redelivered.
Baseline in the same run: the same submission judged directly with `judge()` in this process,
so `ideal` = min(workers x concurrency, cores) / that time (what a perfect pipeline would reach).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from measure import free_port, percentile
from sqlalchemy import select

from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.judge import judge, load_package
from winterarc.pubsub import create_pubsub
from winterarc.settings import Settings
from winterarc.submissions.models import Submission

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "content"
SUM_STDIO = ROOT / "tests" / "judge" / "fixtures" / "problems" / "sum-stdio"
SECRET = "bench-secret-" + uuid.uuid4().hex + uuid.uuid4().hex
PASSWORD = "a-long-and-unusual-passphrase"


class Processes:
    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.started: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, args: list[str], env: dict[str, str]) -> None:
        with (self.logs / f"{name}.log").open("ab") as log:
            self.started.append(
                subprocess.Popen(
                    [sys.executable, "-m", "winterarc", *args],
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )

    def stop(self) -> None:
        for process in self.started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.started:
            try:
                process.wait(40)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def server_workspace(prefix: str) -> tuple[Path, int, dict[str, str]]:
    """A temporary folder with the fixture content and sum-stdio, a free port, and a server
    environment (none of the caller's WINTERARC_ settings) that serves them from there."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    content = work / "content"
    shutil.copytree(FIXTURES, content)
    shutil.copytree(SUM_STDIO, content / "problems" / "sum-stdio")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
    env.update(
        WINTERARC_DATA_DIR=str(work / "data"),
        WINTERARC_PORT=str(port),
        WINTERARC_JWT_SECRET=SECRET,
        WINTERARC_CONTENT_DIR=str(content),
        WINTERARC_SYNC_CONTENT_ON_START="true",
    )
    return work, port, env


def baseline_seconds(source: str, rounds: int = 5) -> float:
    package = load_package(SUM_STDIO)
    cache = Path(tempfile.mkdtemp(prefix="winterarc-bench-cache-"))
    judge(package, source, cache_dir=cache)  # warm the generated-test cache, as workers do
    started = time.perf_counter()
    for _ in range(rounds):
        judge(package, source, cache_dir=cache)
    shutil.rmtree(cache, ignore_errors=True)
    return (time.perf_counter() - started) / rounds


async def wait_ready(url: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(timeout=2) as http:
        while time.monotonic() < deadline:
            try:
                if (await http.get(f"{url}/readyz")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit(f"the API at {url} did not become ready")


async def submit_all(url: str, count: int, source: str, parallel: int) -> list[str]:
    async with httpx.AsyncClient(base_url=url, timeout=60) as http:
        username = "bench-" + uuid.uuid4().hex[:8]
        await http.post("/api/v1/auth/register", json={"username": username, "password": PASSWORD})
        token = await http.post(
            "/api/v1/auth/token", data={"username": username, "password": PASSWORD}
        )
        http.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        gate = asyncio.Semaphore(parallel)

        async def one(index: int) -> str:
            async with gate:
                response = await http.post(
                    "/api/v1/submissions",
                    json={"problem": "sum-stdio", "code": source},
                    headers={"Idempotency-Key": f"bench-{index}"},
                )
                if response.status_code != 202:
                    raise SystemExit(f"submission {index}: {response.status_code} {response.text}")
                return str(response.json()["id"])

        return await asyncio.gather(*(one(i) for i in range(count)))


async def results(
    settings: Settings, accepted: list[str], deadline: float
) -> tuple[list[Submission], int, int]:
    engine = create_engine(settings.resolved_database_url)
    maker = create_sessionmaker(engine)
    wanted = {uuid.UUID(i) for i in accepted}
    try:
        while True:
            async with maker() as session:
                rows = (
                    await session.scalars(select(Submission).where(Submission.id.in_(wanted)))
                ).all()
            done = [row for row in rows if row.status == "done"]
            if len(done) == len(wanted) or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.5)
        pubsub = create_pubsub(settings, maker)
        finals = redelivered = 0
        for submission_id in accepted:
            events = await pubsub.recent(f"submission:{submission_id}")
            count = sum(1 for event in events if event.get("type") == "final")
            finals += max(count - 1, 0)
            attempts = {e.get("attempt") for e in events if e.get("type") == "running"}
            redelivered += len(attempts) > 1
        await pubsub.close()
        return done, finals, redelivered
    finally:
        await engine.dispose()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=2, help="judgements per worker")
    parser.add_argument("--parallel-clients", type=int, default=20)
    parser.add_argument("--scaled-out", action="store_true")
    parser.add_argument("--database-url")
    parser.add_argument("--broker-url")
    parser.add_argument("--redis-url")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()

    source = (SUM_STDIO / "solutions" / "accepted" / "ref.py").read_text()
    print("baseline: judging the submission directly ...", flush=True)
    direct = baseline_seconds(source)
    # A judgement keeps one core busy: more slots than cores cannot go faster.
    ideal = min(args.workers * args.concurrency, os.cpu_count() or 1) / direct

    work, port, env = server_workspace("winterarc-bench-")
    env.update(
        WINTERARC_LOG_LEVEL="warning",
        WINTERARC_WORKER_CONCURRENCY=str(args.concurrency),
        # The benchmark signs up its learners from one address; the brakes would refuse them.
        WINTERARC_SIGNUP_RATE_LIMIT="100000/minute",
        WINTERARC_LOGIN_RATE_LIMIT="100000/minute",
        WINTERARC_LOGIN_IP_RATE_LIMIT="100000/minute",
    )
    if args.scaled_out:
        env.update(
            WINTERARC_DATABASE_URL=args.database_url,
            WINTERARC_BROKER_URL=args.broker_url,
            WINTERARC_REDIS_URL=args.redis_url,
            WINTERARC_WORKERS="0",
        )
    else:
        env["WINTERARC_WORKERS"] = str(args.workers)
    settings = Settings(
        data_dir=work / "data",
        database_url=env.get("WINTERARC_DATABASE_URL"),
        redis_url=env.get("WINTERARC_REDIS_URL"),
        jwt_secret=SECRET,  # type: ignore[arg-type]
    )
    processes = Processes(work)
    try:
        processes.start("serve", ["serve"], env)
        if args.scaled_out:
            for index in range(args.workers):
                processes.start(f"worker-{index}", ["worker"], env)
        url = f"http://127.0.0.1:{port}"
        await wait_ready(url)
        mode = "scaled out (PostgreSQL, RabbitMQ, Redis)" if args.scaled_out else "embedded"
        print(f"pipeline: {mode}, {args.workers} workers x {args.concurrency}", flush=True)
        started = time.monotonic()
        accepted = await submit_all(url, args.submissions, source, args.parallel_clients)
        print(f"accepted {len(accepted)} in {time.monotonic() - started:.1f} s", flush=True)
        done, judged_twice, redelivered = await results(
            settings, accepted, time.monotonic() + args.timeout
        )
    finally:
        processes.stop()
    latencies = [(row.judged_at - row.created_at).total_seconds() for row in done if row.judged_at]
    span = max(row.judged_at for row in done if row.judged_at) - min(r.created_at for r in done)
    throughput = len(done) / span.total_seconds()
    verdicts = {row.verdict for row in done}
    print(f"direct judge()      {direct * 1000:8.1f} ms per submission (ideal {ideal:.1f}/s)")
    print(
        f"throughput          {throughput:8.1f} submissions/s ({throughput / ideal:.2f} of ideal)"
    )
    for label, fraction in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99)):
        print(f"{label} accept->final  {percentile(latencies, fraction):8.2f} s")
    print(f"mean accept->final  {statistics.fmean(latencies):8.2f} s")
    print(f"verdicts            {sorted(v or '-' for v in verdicts)}")
    print(f"lost                {len(accepted) - len(done):8d}")
    print(f"judged twice        {judged_twice:8d}")
    print(f"redelivered         {redelivered:8d}")
    shutil.rmtree(work, ignore_errors=True)
    if len(accepted) != len(done) or judged_twice:
        raise SystemExit(1)


if __name__ == "__main__":
    asyncio.run(main())
