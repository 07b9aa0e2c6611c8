"""`winterarc serve`: the API server and, embedded, its judge workers (nothing else needed)."""

from __future__ import annotations

from typing import Annotated

import typer

from winterarc.settings import load_settings


def serve(
    host: Annotated[
        str | None,
        typer.Option(help="Address to listen on [default: WINTERARC_HOST or 127.0.0.1]."),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(min=1, max=65535, help="Port to listen on [default: WINTERARC_PORT or 8000]."),
    ] = None,
) -> None:
    """Run the web server (embedded default: SQLite in the data directory, 127.0.0.1:8000)."""
    import uvicorn

    from winterarc.app import create_app
    from winterarc.kit.collector import freeze_in_this_process

    overrides: dict[str, object] = {}
    if host is not None:
        overrides["host"] = host
    if port is not None:
        overrides["port"] = port
    settings = load_settings(**overrides)
    from winterarc.kit.logs import configure_logging

    configure_logging(settings.log_level, settings.resolved_log_format)
    freeze_in_this_process()
    app = create_app(settings)
    shown_host = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host  # noqa: S104
    url = settings.public_url or f"http://{shown_host}:{settings.port}"
    typer.echo(f"Winter Arc is starting at {url}  (data: {settings.data_dir})")
    typer.echo(f"API documentation: {url}/docs")
    from winterarc.worker.supervisor import WorkerSupervisor

    # Embedded default: judge workers as child processes (WINTERARC_WORKERS, 0 for none).
    workers = WorkerSupervisor(settings.serve_workers, metrics_port=settings.worker_metrics_port)
    workers.start()
    try:
        uvicorn.run(
            app,
            host=settings.host,
            port=settings.port,
            log_level=settings.log_level,
            log_config=None,  # configure_logging's handlers stay
            access_log=False,  # RequestIdMiddleware logs requests by route template instead
            proxy_headers=True,
            server_header=False,
        )
    finally:
        workers.stop()
