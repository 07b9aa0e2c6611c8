"""Importing the lab runtime once, in the lab zygote, so no check pays for it.

Besides importing what the learner's files import, some libraries import much more the first
time they are used (FastAPI builds its first route with pydantic.v1 helpers, SQLAlchemy loads
its dialect and ORM internals on first mapping). Each warm-up below is harness code that uses a
library once, in the zygote, before any learner code exists; every learner and check process
then inherits the result through fork.
"""

# No `from __future__ import annotations` here: FastAPI and SQLAlchemy read the annotations of
# the classes below at run time, and these are defined inside functions.
import contextlib
import importlib
from collections.abc import Callable, MutableMapping
from typing import Any


def _fastapi() -> None:
    import asyncio

    from fastapi import FastAPI, HTTPException
    from pydantic import BaseModel

    class Item(BaseModel):
        name: str
        price: float | None = None

    app = FastAPI()

    @app.post("/items/{item_id}", status_code=201)
    def create(item_id: int, item: Item) -> Item:
        if item_id < 0:
            raise HTTPException(status_code=404)
        return item

    async def request() -> None:
        body = b'{"name": "x", "price": 1.5}'
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": "POST",
            "scheme": "http",
            "path": "/items/1",
            "raw_path": b"/items/1",
            "query_string": b"",
            "root_path": "",
            "headers": [(b"content-type", b"application/json")],
            "client": ("127.0.0.1", 1),
            "server": ("127.0.0.1", 8000),
        }
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start" and message["status"] != 201:
                raise RuntimeError(f"warm-up request answered {message['status']}")

        await app(scope, receive, send)

    asyncio.run(request())


def _uvicorn() -> None:
    for name in (
        "uvicorn.config",
        "uvicorn.server",
        "uvicorn.main",
        "uvicorn.logging",
        "uvicorn.loops.asyncio",
        "uvicorn.protocols.http.h11_impl",
        "uvicorn.protocols.websockets.auto",
        "uvicorn.lifespan.on",
        "uvicorn.middleware.proxy_headers",
    ):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def _sqlalchemy() -> None:
    from sqlalchemy import ForeignKey, String, create_engine, select
    from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

    class Base(DeclarativeBase):
        pass

    class Parent(Base):
        __tablename__ = "parent"
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str] = mapped_column(String(20))
        children: Mapped[list["Child"]] = relationship(back_populates="parent")

    class Child(Base):
        __tablename__ = "child"
        id: Mapped[int] = mapped_column(primary_key=True)
        parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))
        parent: Mapped[Parent] = relationship(back_populates="children")

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Parent(name="p", children=[Child()]))
        session.commit()
        session.scalars(select(Parent).where(Parent.name == "p")).all()
    engine.dispose()


def _jwt() -> None:
    import jwt

    token = jwt.encode({"sub": "1"}, "k" * 32, algorithm="HS256")
    jwt.decode(token, "k" * 32, algorithms=["HS256"])


def _httpx() -> None:
    import httpx

    httpx.Client().close()  # loads the certificate bundle once


def _yaml() -> None:
    import yaml

    yaml.safe_load("a: [1, 2]")


WARMUPS: dict[str, Callable[[], None]] = {
    "fastapi": _fastapi,
    "uvicorn": _uvicorn,
    "sqlalchemy": _sqlalchemy,
    "jwt": _jwt,
    "httpx": _httpx,
    "yaml": _yaml,
}


def warm(modules: list[str]) -> list[str]:
    """Import `modules` and run their warm-ups; the names that failed (never fatal: the
    learner's own import will then fail with the real message)."""
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
            warmup = WARMUPS.get(name)
            if warmup is not None:
                warmup()
        except Exception:
            failed.append(name)
    return failed
