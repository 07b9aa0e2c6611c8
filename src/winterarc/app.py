"""create_app(): settings, database, routers and error handling wired together."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.requests import HTTPConnection

from winterarc import __version__
from winterarc.auth.dependencies import presents_credentials
from winterarc.auth.device_pages import router as device_pages
from winterarc.auth.device_router import router as device_router
from winterarc.auth.pages import router as auth_pages
from winterarc.auth.router import router as auth_router
from winterarc.auth.service import TokenPolicy
from winterarc.broker import create_broker
from winterarc.catalogue.kit import router as kit_router
from winterarc.catalogue.package_pages import router as package_pages
from winterarc.catalogue.pages import router as problem_pages
from winterarc.catalogue.router import router as problems_router
from winterarc.cohorts.pages import router as cohort_pages
from winterarc.cohorts.router import router as cohorts_router
from winterarc.curriculum.sync import sync_content
from winterarc.daily.pages import router as daily_pages
from winterarc.daily.router import router as daily_router
from winterarc.daily.service import refresh_streak
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.db.migrate import upgrade_async
from winterarc.hacks.pages import router as hack_pages
from winterarc.hacks.router import router as hacks_router
from winterarc.health.metrics import router as metrics_router
from winterarc.health.router import router as health_router
from winterarc.kit.body_limit import BodyLimitMiddleware
from winterarc.kit.collector import startup_objects_frozen
from winterarc.kit.errors import install_error_handlers
from winterarc.kit.logs import RequestIdMiddleware
from winterarc.kit.metrics import MetricsMiddleware
from winterarc.kit.openapi import document_problems
from winterarc.kit.security_headers import SecurityHeadersMiddleware
from winterarc.kit.text_guard import TextGuard
from winterarc.leaderboards.pages import router as leaderboard_pages
from winterarc.leaderboards.router import router as leaderboards_router
from winterarc.notes.pages import router as note_pages
from winterarc.notes.router import router as notes_router
from winterarc.outbox.relay import OutboxRelay
from winterarc.outbox.store import SETTLED_CHANNEL
from winterarc.preferences.router import router as preferences_router
from winterarc.problems.packages import PackageCache
from winterarc.pubsub import create_pubsub
from winterarc.pubsub.base import PubSub, SubscriberTooSlow
from winterarc.quizzes.pages import router as quiz_pages
from winterarc.quizzes.router import router as quizzes_router
from winterarc.quizzes.service import on_pass
from winterarc.ratelimit import RateLimiter
from winterarc.revocation import create_denylist
from winterarc.roadmap.pages import router as roadmap_pages
from winterarc.roadmap.router import router as roadmap_router
from winterarc.settings import Settings, load_settings, secure_data_dir
from winterarc.solutions.pages import router as solution_pages
from winterarc.solutions.router import router as solutions_router
from winterarc.stats.router import router as stats_router
from winterarc.submissions.pages import router as submission_pages
from winterarc.submissions.router import router as submissions_router
from winterarc.submissions.router import runs_router
from winterarc.submissions.runs import Runner
from winterarc.users.home import router as home_page
from winterarc.users.pages import router as user_pages
from winterarc.users.router import router as users_router
from winterarc.web import csrf
from winterarc.web.errors import HtmlErrorPages
from winterarc.web.templates import STATIC_DIR, templates

logger = logging.getLogger("winterarc")


async def _sync_content(app: FastAPI, content_dir: Path) -> None:
    async with app.state.sessionmaker() as session:
        report = await sync_content(session, content_dir)
        await session.commit()
    for error in report.errors:
        logger.warning("content sync: %s", error)
    logger.info("content sync from %s: %s", content_dir, report.summary())


@asynccontextmanager
async def _submission_pipeline(app: FastAPI, settings: Settings) -> AsyncIterator[None]:
    """The broker, the outbox relay publishing to it, and live events for WebSockets."""
    broker = create_broker(settings, app.state.sessionmaker)
    pubsub = create_pubsub(settings, app.state.sessionmaker)
    relay = OutboxRelay(
        app.state.sessionmaker,
        broker,
        poll_seconds=settings.idle_poll_seconds,
        fair_share=settings.judge_queue_per_learner,
        settle_within=timedelta(
            seconds=settings.judge_lease_seconds * (settings.judge_max_attempts + 1)
        ),
    )
    app.state.broker, app.state.pubsub, app.state.relay = broker, pubsub, relay
    await pubsub.start()
    stopping = asyncio.Event()
    relay_task = asyncio.create_task(relay.run(stopping), name="outbox-relay")
    follower = asyncio.create_task(_wake_on_settlements(pubsub, relay), name="outbox-settled")
    try:
        yield
    finally:
        follower.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await follower
        stopping.set()
        relay.wake()
        try:
            await asyncio.wait_for(relay_task, timeout=10)
        except TimeoutError:
            logger.warning("the outbox relay did not stop in time")
        with contextlib.suppress(asyncio.CancelledError):
            await relay_task
        await pubsub.close()
        await broker.close()


async def _wake_on_settlements(pubsub: PubSub, relay: OutboxRelay) -> None:
    """Wake the relay whenever a worker, in any process, settles a learner's judgement: that
    learner's next held-back submission may go now rather than at the next poll."""
    while True:
        try:
            async with pubsub.subscribe(SETTLED_CHANNEL) as settled:
                while True:
                    await settled.get()
                    relay.wake()
        except SubscriberTooSlow:
            relay.wake()  # fell behind: look once, then listen again


def _max_body_bytes(settings: Settings) -> int:
    """The largest request body: a package upload, or a submission's (or a lab's files') JSON
    with every character escaped, plus room for the form around it."""
    source = max(settings.submission_max_bytes, settings.lab_submission_max_bytes)
    return max(settings.package_upload_max_bytes, source * 6) + 64 * 1024


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()
    secure_data_dir(settings.data_dir)  # before anything is written there
    token_policy = TokenPolicy.from_settings(settings)  # fails fast on a weak secret

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        url = settings.resolved_database_url
        if settings.is_sqlite:
            # The embedded mode keeps its own schema current; servers run `winterarc db upgrade`.
            await upgrade_async(url)
        engine = create_engine(url)
        app.state.engine = engine
        app.state.sessionmaker = create_sessionmaker(engine)
        app.state.denylist = create_denylist(settings)
        if settings.syncs_content_on_start and settings.content_dir is not None:
            await _sync_content(app, settings.content_dir)
        try:
            async with _submission_pipeline(app, settings):
                with startup_objects_frozen():  # full collections stay short while it serves
                    yield
        finally:
            await app.state.rate_limiter.close()
            await app.state.denylist.close()
            await engine.dispose()
            await anyio.to_thread.run_sync(app.state.runner.close)

    app = FastAPI(
        title="Winter Arc",
        version=__version__,
        summary="Roadmap, daily practice and a hardened Python judge.",
        lifespan=lifespan,
        # The docs are served from packaged assets, not a CDN, so they work offline.
        docs_url=None,
        redoc_url=None,
        # Before any route's own dependencies: no unstorable text reaches a query.
        dependencies=[TextGuard],
    )
    on_pass(refresh_streak)  # a passed quiz can complete a drill item: the streak is stored
    # What the typed dependencies (SettingsDep, TokenPolicyDep, RunnerDep, ...) hand out.
    app.state.settings = settings
    app.state.token_policy = token_policy
    app.state.rate_limiter = RateLimiter(settings.redis_url)
    app.state.csrf_key = csrf.derive_key(token_policy.signer.secret.get_secret_value())
    app.state.packages = PackageCache()
    app.state.runner = Runner(app.state.packages, settings)
    install_error_handlers(app, HtmlErrorPages())
    # Outermost last: security headers wrap everything, including the body limit's 413.
    app.add_middleware(
        BodyLimitMiddleware,
        max_bytes=_max_body_bytes(settings),
        anonymous_max_bytes=settings.anonymous_body_max_bytes,
        authenticated=lambda scope: presents_credentials(HTTPConnection(scope)),
    )
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(MetricsMiddleware)  # it sees every answer, errors included
    app.add_middleware(RequestIdMiddleware)  # outermost: every log line below has the id

    api = APIRouter(prefix="/api/v1")
    for router in (
        auth_router,
        device_router,
        users_router,
        problems_router,
        kit_router,
        roadmap_router,
        quizzes_router,
        submissions_router,
        stats_router,
        runs_router,
        hacks_router,
        solutions_router,
        cohorts_router,
        leaderboards_router,
        preferences_router,
        notes_router,
        daily_router,
    ):
        api.include_router(router)
    app.include_router(api)
    app.include_router(health_router)
    app.include_router(metrics_router)
    # Every HTML page, behind the CSRF check that guards their forms.
    pages = APIRouter(include_in_schema=False, dependencies=[Depends(csrf.protect)])
    for router in (
        home_page,
        auth_pages,
        device_pages,
        roadmap_pages,
        problem_pages,
        submission_pages,
        quiz_pages,
        user_pages,
        cohort_pages,
        leaderboard_pages,
        note_pages,
        package_pages,
        hack_pages,
        solution_pages,
        daily_pages,
    ):
        pages.include_router(router)
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    _install_docs(app)

    return app


def _install_docs(app: FastAPI) -> None:
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document_problems(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(
            request, "docs.html", {"openapi_url": app.openapi_url or "/openapi.json"}
        )
