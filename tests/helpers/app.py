"""The app in process: built from settings, reached through an httpx client (or Starlette's
TestClient, which also speaks WebSocket)."""

from __future__ import annotations

import secrets
import warnings
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from winterarc.app import create_app
from winterarc.pubsub import PubSub
from winterarc.settings import Settings

with warnings.catch_warnings():
    # Starlette 1.x prefers the httpx2 fork for its TestClient; httpx works the same here.
    warnings.simplefilter("ignore", UserWarning)
    from starlette.testclient import TestClient, WebSocketDenialResponse

__all__ = [
    "BASE_URL",
    "TEST_SECRET",
    "TestClient",
    "WebSocketDenialResponse",
    "app_client",
    "app_of",
    "client_for",
    "pubsub_of",
    "sessionmaker_of",
]

TEST_SECRET = "test-secret-" + secrets.token_hex(32)
BASE_URL = "http://testserver"


@asynccontextmanager
async def app_client(
    settings: Settings, base_url: str = BASE_URL
) -> AsyncIterator[httpx.AsyncClient]:
    """A client over a fresh app built from `settings`, started and stopped around it."""
    app = create_app(settings)
    async with app.router.lifespan_context(app), client_for(app, base_url) as http:
        yield http


@asynccontextmanager
async def client_for(app: FastAPI, base_url: str = BASE_URL) -> AsyncIterator[httpx.AsyncClient]:
    """Another client (its own cookie jar: another browser) on a running app."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url) as http:
        http.app = app  # type: ignore[attr-defined]
        yield http


def app_of(client: httpx.AsyncClient | TestClient) -> FastAPI:
    app: FastAPI = client.app  # type: ignore[assignment,union-attr]
    return app


def sessionmaker_of(client: httpx.AsyncClient | TestClient) -> async_sessionmaker[AsyncSession]:
    """The running app's sessionmaker, for a test that writes or reads rows directly."""
    maker: async_sessionmaker[AsyncSession] = app_of(client).state.sessionmaker
    return maker


def pubsub_of(client: httpx.AsyncClient | TestClient) -> PubSub:
    """The running app's live events, for a test that publishes as a worker would."""
    pubsub: PubSub = app_of(client).state.pubsub
    return pubsub
