"""Prometheus metrics: every metric Winter Arc exports, and the HTTP middleware.

Each process keeps its own registry: an API process serves it at `/metrics`, a worker on its
own port (`winterarc worker --metrics-port`). Several API processes are several scrape targets
(one uvicorn process per replica); Prometheus sums across them. We do not use the client's
multiprocess mode: workers run in other containers than the API, where a shared directory
does not exist, and that mode loses the process collectors."""

from __future__ import annotations

import time

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics
from starlette.types import ASGIApp, Message, Receive, Scope, Send

disable_created_metrics()  # type: ignore[no-untyped-call]  # the `_created` series double every counter and help no query

HTTP_REQUESTS = Counter(
    "winterarc_http_requests",
    "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
)
HTTP_DURATION = Histogram(
    "winterarc_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
HTTP_EXCEPTIONS = Counter(
    "winterarc_http_exceptions",
    "Requests that ended in an unhandled exception (answered 500), by route template.",
    ["route"],
)
QUEUE_DEPTH = Gauge(
    "winterarc_queue_depth", "Messages waiting or in flight in a judge queue.", ["queue"]
)
QUEUE_OLDEST_AGE = Gauge(
    "winterarc_queue_oldest_age_seconds",
    "Age of the oldest message in a queue (0 when empty; database broker only).",
    ["queue"],
)
JUDGE_DURATION = Histogram(
    "winterarc_judge_duration_seconds",
    "Time to judge a submission in a worker, from delivery to stored verdict.",
    ["kind"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0),
)
JUDGE_VERDICTS = Counter(
    "winterarc_judge_verdicts", "Verdicts stored by the workers, by verdict.", ["verdict"]
)
SANDBOX_FAILURES = Counter(
    "winterarc_sandbox_failures",
    "Judgements that ended in an internal error (sandbox unavailable or failing, bad package).",
)
WEBSOCKETS_ACTIVE = Gauge(
    "winterarc_websockets_active", "Live-events WebSockets open in this API process."
)
RATE_LIMITED = Counter(
    "winterarc_rate_limit_rejections", "Requests refused by a rate limit, by limit.", ["limit"]
)
LOGINS = Counter(
    "winterarc_logins", "Password logins, by outcome (success or failure).", ["outcome"]
)
UNMATCHED = "<unmatched>"  # a request no route took (404s): one label, not one per path


def route_template(scope: Scope) -> str:
    """The matched route's path template (`/api/v1/submissions/{submission_id}`), never the raw
    path, so that labels stay few: each path parameter's value is put back as `{name}` (routers
    included in routers do not expose their full template in a public field)."""
    if "route" not in scope and "endpoint" not in scope:
        return UNMATCHED
    path: str = scope.get("path", "")
    for name, value in (scope.get("path_params") or {}).items():
        head, found, tail = path.rpartition(f"/{value}")
        if found:
            path = f"{head}/{{{name}}}{tail}"
    return path


class MetricsMiddleware:
    """Counts and times every HTTP request by route template (WebSockets are counted apart)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception:
            HTTP_EXCEPTIONS.labels(route_template(scope)).inc()
            raise
        finally:
            route = route_template(scope)
            HTTP_REQUESTS.labels(scope["method"], route, str(status)).inc()
            HTTP_DURATION.labels(scope["method"], route).observe(time.perf_counter() - started)
