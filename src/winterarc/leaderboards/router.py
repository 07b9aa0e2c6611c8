"""/api/v1/leaderboards: global and per-cohort boards."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from winterarc.auth.dependencies import CurrentUser, OptionalUser
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.kit.openapi import problems
from winterarc.kit.types import RowIdPath
from winterarc.leaderboards import service
from winterarc.leaderboards.schemas import BoardOut, Ranking, Window

router = APIRouter(prefix="/leaderboards", tags=["leaderboards"])

WindowQuery = Annotated[Window, Query(description="`all` time, or this UTC `week`")]
RankingQuery = Annotated[Ranking, Query(description="`points` (weighted solves) or `streak`")]
LimitQuery = Annotated[int, Query(ge=1, le=100)]


@router.get("", response_model=BoardOut)
async def global_board(
    session: SessionDep,
    user: OptionalUser,
    now: NowDep,
    window: WindowQuery = "all",
    ranking: RankingQuery = "points",
    limit: LimitQuery = service.TOP,
) -> BoardOut:
    """Everyone who has not opted out; `me` is your own line, even outside the top."""
    return await service.board(session, user, now=now, window=window, ranking=ranking, limit=limit)


@router.get("/cohorts/{cohort_id}", response_model=BoardOut, responses=problems(403))
async def cohort_board(
    cohort_id: RowIdPath,
    session: SessionDep,
    user: CurrentUser,
    now: NowDep,
    window: WindowQuery = "all",
    ranking: RankingQuery = "points",
    limit: LimitQuery = service.TOP,
) -> BoardOut:
    """A cohort's board, for its members, its organiser and admins."""
    return await service.board(
        session, user, now=now, window=window, ranking=ranking, cohort_id=cohort_id, limit=limit
    )
