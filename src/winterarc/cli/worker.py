"""`winterarc worker`: a judge worker process (any number of them, on any machine)."""

from __future__ import annotations

import asyncio
import signal
from typing import Annotated

import typer

from winterarc.settings import Settings, load_settings


def worker(
    concurrency: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=64,
            help="Judgements at once [default: WINTERARC_WORKER_CONCURRENCY or 2].",
        ),
    ] = None,
    metrics_port: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=65535,
            help="Serve Prometheus metrics on this port of WINTERARC_HOST "
            "[default: WINTERARC_WORKER_METRICS_PORT, else none].",
        ),
    ] = None,
) -> None:
    """Judge submissions from the queue until SIGTERM (in-flight work finishes or goes back)."""
    settings = load_settings()
    port = metrics_port or settings.worker_metrics_port
    if port is not None:
        from prometheus_client import start_http_server

        try:
            start_http_server(port, addr=settings.host)
        except OSError as error:
            raise typer.BadParameter(f"cannot serve metrics on port {port}: {error}") from None
    from winterarc.kit.collector import freeze_in_this_process
    from winterarc.kit.logs import configure_logging

    configure_logging(settings.log_level, settings.resolved_log_format)
    freeze_in_this_process()
    asyncio.run(_run(settings, concurrency or settings.worker_concurrency))


async def _run(settings: Settings, concurrency: int) -> None:
    from winterarc.worker.main import run_worker

    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    await run_worker(settings, concurrency=concurrency, stopping=stopping)
