"""Typed access to what `create_app` keeps on `app.state`, as FastAPI dependencies.

Routes take `SettingsDep` rather than reading `request.app.state`; tests swap what a route
gets with `app.dependency_overrides[get_settings]`. Each owner defines its own: the session in
`db.session`, the token policy in `auth.dependencies`, the runner in `submissions.runs`, the
pub/sub in `pubsub`, the outbox relay in `outbox`, the rate limiter in `ratelimit`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from starlette.requests import HTTPConnection

from winterarc.settings import Settings


async def get_settings(connection: HTTPConnection) -> Settings:
    settings: Settings = connection.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]
