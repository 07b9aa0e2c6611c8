"""Page benchmark: how long the main HTML pages take against the cheapest response.

Run: .venv/bin/python bench/pages.py [--requests 200]

Starts `winterarc serve` (embedded: SQLite, the shipped curriculum of 72 topics and 195
problems, no judge workers) on a fresh data directory, gives every problem a statistics row
(as the workers' job would: the list and the problem page show and sort by them), signs a
learner up through the page, gives the learner judged submissions that failed a hidden test of
the timed problem (enough for help after failing to be on offer, so the problem page runs every
one of its lookups, the package's test included), and requests each page sequentially from one
client with the learner's cookie. Baseline in the same run: GET /healthz (routing, middleware and
security headers, no database, no template).
Pages only solvers see (a problem's solutions) are requested as an author, who is never locked
out. Reported per page: median and p95 in ms, and the median's ratio to the baseline's median.
Target: every page's median under 50 ms on the embedded default.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from measure import free_port, percentile
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

import winterarc.db.models  # noqa: F401  (every table known: the foreign keys resolve)
from winterarc.auth.models import User
from winterarc.judge import Verdict
from winterarc.judge.packages import load_package
from winterarc.problems.models import Problem
from winterarc.submissions.models import Submission, SubmissionStatus, SubmissionTest
from winterarc.submissions.reveal import FAILS_BEFORE_HELP

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "a-long-and-unusual-passphrase"
FAILED_PROBLEM = "antenna-kth-closest-pair"  # the timed problem page: the learner failed it
PAGES = (
    "/",
    "/roadmap",
    "/roadmap/s1-w5-sliding-window",
    "/problems",
    "/problems?difficulty=medium&pattern=sliding-window",
    "/problems?sort=-acceptance",
    "/problems?week=s1-w5&sort=-solvers",
    f"/problems/{FAILED_PROBLEM}",
    "/quizzes",
    "/me",
    "/leaderboard",
    "/cohorts",
    "/daily",
)
AUTHOR_PAGES = ("/problems/antenna-kth-closest-pair/solutions",)


def wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("winterarc serve exited during start-up")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("winterarc serve did not become ready")


def sign_up(http: httpx.Client) -> None:
    form = http.get("/signup", headers={"Accept": "text/html"})
    token = re.search(r'name="csrf-token" content="([^"]+)"', form.text)
    assert token is not None
    response = http.post(
        "/signup",
        data={"username": "bench", "password": PASSWORD, "csrf_token": token[1]},
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 303, response.text


def log_in(http: httpx.Client, username: str) -> None:
    form = http.get("/login", headers={"Accept": "text/html"})
    token = re.search(r'name="csrf-token" content="([^"]+)"', form.text)
    assert token is not None
    response = http.post(
        "/login",
        data={"username": username, "password": PASSWORD, "csrf_token": token[1]},
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 303, response.text


def seed_statistics(database: Path) -> None:
    """A problem_stats row for every problem, so the pages render and sort real statistics."""
    with sqlite3.connect(database) as db:
        db.execute(
            "INSERT INTO problem_stats (problem_id, submissions, accepted, solvers, attempters,"
            " acceptance_rate, computed_at) SELECT id, 40 + id % 17, 10 + id % 13, 8 + id % 11,"
            " 12 + id % 7, (10.0 + id % 13) / (40 + id % 17), CURRENT_TIMESTAMP FROM problems"
        )


def seed_failures(database: Path, username: str, slug: str) -> str:
    """FAILS_BEFORE_HELP judged WA submissions of `username` to `slug`, each passing the samples
    and failing the package's first fixed hidden test, stored as the judge stores them; returns
    the test's name."""
    package = load_package(ROOT / "content" / "problems" / slug)
    samples = [test.name for test in package.samples]
    failing = next(t.name for t in package.tests if not t.is_sample and not t.is_generated)
    engine = create_engine(f"sqlite:///{database}")
    with Session(engine) as session:
        user_id = session.scalar(select(User.id).where(User.username == username))
        problem_id = session.scalar(select(Problem.id).where(Problem.slug == slug))
        assert user_id is not None, username
        assert problem_id is not None, slug
        for _ in range(FAILS_BEFORE_HELP):
            submission = Submission(
                user_id=user_id,
                problem_id=problem_id,
                source="print(1)",
                status=SubmissionStatus.DONE,
                verdict=Verdict.WA,
            )
            session.add(submission)
            session.flush()
            tests = [(name, True, Verdict.AC) for name in samples] + [(failing, False, Verdict.WA)]
            session.add_all(
                SubmissionTest(
                    submission_id=submission.id,
                    ordinal=ordinal,
                    name=name,
                    verdict=verdict,
                    cpu_ms=1.0,
                    wall_ms=1.0,
                    memory_kb=1000,
                    sample=sample,
                )
                for ordinal, (name, sample, verdict) in enumerate(tests, start=1)
            )
        session.commit()
    engine.dispose()
    return failing


def timed(http: httpx.Client, path: str, requests: int) -> list[float]:
    http.get(path)  # warm: templates compiled, package cache filled
    samples = []
    for _ in range(requests):
        start = time.perf_counter()
        response = http.get(path, headers={"Accept": "text/html"})
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per page")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="winterarc-bench-pages-") as work:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("WINTERARC_")}
        env.update(
            WINTERARC_DATA_DIR=str(Path(work) / "data"),
            WINTERARC_PORT=str(port),
            WINTERARC_JWT_SECRET="bench-secret-" + uuid.uuid4().hex + uuid.uuid4().hex,
            WINTERARC_LOG_LEVEL="warning",
            WINTERARC_WORKERS="0",
        )
        subprocess.run(
            [sys.executable, "-m", "winterarc", "user", "create", "bench-author", "--role",
             "author", "--password-stdin"],
            input=PASSWORD.encode(), env=env, cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        process = subprocess.Popen(
            [sys.executable, "-m", "winterarc", "serve"], env=env, cwd=ROOT, start_new_session=True
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_ready(url, process)
            seed_statistics(Path(work) / "data" / "winterarc.db")
            with (
                httpx.Client(base_url=url, timeout=30) as http,
                httpx.Client(base_url=url, timeout=30) as author,
            ):
                sign_up(http)
                log_in(author, "bench-author")
                failing = seed_failures(
                    Path(work) / "data" / "winterarc.db", "bench", FAILED_PROBLEM
                )
                page = http.get(f"/problems/{FAILED_PROBLEM}", headers={"Accept": "text/html"})
                assert f'data-help-test="{failing}"' in page.text, "no help after failing"
                baseline = statistics.median(timed(http, "/healthz", args.requests))
                print(f"baseline GET /healthz: median {baseline:.2f} ms")
                print(f"{'page':<52} {'median ms':>10} {'p95 ms':>8} {'ratio':>7}")
                worst = 0.0
                for client, path in [(http, p) for p in PAGES] + [
                    (author, p) for p in AUTHOR_PAGES
                ]:
                    samples = timed(client, path, args.requests)
                    median = statistics.median(samples)
                    worst = max(worst, median)
                    print(
                        f"{path:<52} {median:>10.2f} {percentile(samples, 0.95):>8.2f}"
                        f" {median / baseline:>6.1f}x"
                    )
                verdict = "MET" if worst < 50 else "MISSED"
                print(f"slowest page median {worst:.1f} ms: target (< 50 ms) {verdict}")
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
