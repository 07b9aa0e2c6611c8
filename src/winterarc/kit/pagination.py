"""The one pagination envelope: page-numbered lists carry the total."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Generic, TypeVar

from fastapi import Depends, Query, Request
from pydantic import BaseModel

from winterarc.kit.errors import InvalidInput

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


def page_params(
    request: Request,
    page: Annotated[int, Query(ge=1, le=1_000_000, description="1-based page number")] = 1,
    page_size: Annotated[int | None, Query(ge=1, description="items per page")] = None,
) -> PageParams:
    settings = request.app.state.settings
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
