"""Refuses text no database can store, once, for every route: NUL (PostgreSQL's text type
cannot hold it) and lone UTF-16 surrogates (JSON allows `\\ud800`, but no driver can encode it
as UTF-8). Without this guard either reaches the database and becomes a logged 500.

It runs as an application-wide dependency, so its refusal goes through the error handlers: a
422 problem+json for API clients and a readable page for browsers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import Depends
from starlette.exceptions import WebSocketException
from starlette.requests import HTTPConnection, Request
from starlette.status import WS_1008_POLICY_VIOLATION

from winterarc.kit.errors import InvalidInput

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


class UnstorableText(InvalidInput):
    """A 422 like any other validation error, saying where the bad character was."""

    def __init__(self, where: str) -> None:
        super().__init__(
            f"{where}: contains a character that is not allowed (NUL or a lone surrogate)",
            errors=[{"loc": where.split("."), "msg": "unstorable character"}],
        )


def is_storable(text: str) -> bool:
    return _UNSTORABLE.search(text) is None


def _json_strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every string in a parsed JSON document (keys too), with where it was."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_strings(item, f"{where}.{index}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield f"{where}.{key}", key
            yield from _json_strings(item, f"{where}.{key}")


def _first_bad(pairs: Iterable[tuple[str, str]]) -> str | None:
    return next((where for where, text in pairs if not is_storable(text)), None)


async def _body_strings(request: Request) -> list[tuple[str, str]]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json" or content_type.endswith("+json"):
        try:
            document = json.loads(await request.body())
        except ValueError:
            return []  # not JSON: the route's own validation reports it
        return list(_json_strings(document, "body"))
    if content_type in _FORMS:
        route = request.scope.get("route")
        if content_type == _FORMS[1] and getattr(route, "body_field", None) is None:
            # A route without Form() parameters reads its multipart body itself, after the
            # CSRF check: parsing it here would do that work for anyone, before the check.
            return []
        form = await request.form()  # already parsed (and cached) for the Form() parameters
        pairs = [(f"body.{key}", key) for key in form]
        pairs += [
            (f"body.{key}", value) for key, value in form.multi_items() if isinstance(value, str)
        ]
        return pairs
    return []


async def refuse_unstorable_text(connection: HTTPConnection) -> None:
    """Every path, query and body string of this request can be stored, or a 422."""
    pairs = [("path", connection.url.path)]
    pairs += [(f"query.{key}", key) for key in connection.query_params]
    pairs += [(f"query.{key}", value) for key, value in connection.query_params.multi_items()]
    if isinstance(connection, Request):
        pairs += await _body_strings(connection)
    where = _first_bad(pairs)
    if where is None:
        return
    if connection.scope["type"] == "websocket":
        raise WebSocketException(WS_1008_POLICY_VIOLATION, f"{where}: unstorable character")
    raise UnstorableText(where)


TextGuard = Depends(refuse_unstorable_text)
