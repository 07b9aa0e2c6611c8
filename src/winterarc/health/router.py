"""Liveness and readiness probes."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from winterarc.db.session import EngineDep
from winterarc.kit.errors import problem_response

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


@router.get("/readyz", response_model=None)
async def readyz(engine: EngineDep) -> dict[str, str] | JSONResponse:
    """The process can serve: the database answers."""
    try:
        async with asyncio.timeout(3):
            async with engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
    except Exception as exc:  # any failure means "not ready"; the reason goes to the body
        return problem_response(
            503, "not-ready", "Not ready", f"database unreachable: {type(exc).__name__}"
        )
    return {"status": "ready"}
