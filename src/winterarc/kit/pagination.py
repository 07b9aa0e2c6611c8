"""The pagination envelopes: page-numbered lists carry the total; cursor lists a cursor."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel

from winterarc.kit.dependencies import SettingsDep
from winterarc.kit.errors import InvalidInput
from winterarc.settings import Settings

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    page: int
    page_size: int


@dataclass(frozen=True, slots=True)
class PageParams:
    page: int
    page_size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


async def page_params(
    settings: SettingsDep,
    page: Annotated[int, Query(ge=1, le=1_000_000, description="1-based page number")] = 1,
    page_size: Annotated[int | None, Query(ge=1, description="items per page")] = None,
) -> PageParams:
    return _checked_page(settings, page, page_size)


def _checked_page(settings: Settings, page: int, page_size: int | None) -> PageParams:
    size = settings.page_size_default if page_size is None else page_size
    if size > settings.page_size_max:
        raise InvalidInput(
            f"page_size: must be at most {settings.page_size_max}",
            errors=[
                {"loc": ["query", "page_size"], "msg": f"must be at most {settings.page_size_max}"}
            ],
        )
    return PageParams(page=page, page_size=size)


PageParamsDep = Annotated[PageParams, Depends(page_params)]


class CursorPage(BaseModel, Generic[T]):
    """A keyset-paginated list: pass `next_cursor` back as `cursor` for the next page."""

    items: list[T]
    next_cursor: str | None


def encode_cursor(position: dict[str, str]) -> str:
    """An opaque cursor (base64url JSON) for a position in a keyset order."""
    raw = json.dumps(position, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(cursor: str, keys: tuple[str, ...]) -> dict[str, str]:
    """The position in `cursor`; a 422 when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        position = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        position = None
    if (
        not isinstance(position, dict)
        or set(position) != set(keys)
        or not all(isinstance(v, str) for v in position.values())
    ):
        raise InvalidInput(
            "cursor: not a cursor from this list",
            errors=[{"loc": ["query", "cursor"], "msg": "not a cursor from this list"}],
        )
    return position


def page_size(settings: Settings, requested: int | None) -> int:
    """The page size to use: the default, or the requested one within the maximum."""
    return _checked_page(settings, 1, requested).page_size
