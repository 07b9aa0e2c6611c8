"""The current time as a dependency, so tests can move "today" (and the week) at will.

Routes take `NowDep`; tests set `app.dependency_overrides[current_time] = lambda: moment`.
Async, like the other getters: FastAPI runs a sync dependency in a worker thread."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends


async def current_time() -> datetime:
    return datetime.now(UTC)


NowDep = Annotated[datetime, Depends(current_time)]
