"""/leaderboard: the global board, or a cohort's, all time or this week."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from winterarc.auth.dependencies import OptionalUser
from winterarc.cohorts import schedule
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.leaderboards import service
from winterarc.leaderboards.schemas import Ranking, Window
from winterarc.web.templates import render

router = APIRouter()


@router.get("/leaderboard")
async def leaderboard_page(
    request: Request,
    session: SessionDep,
    user: OptionalUser,
    now: NowDep,
    window: Annotated[Window, Query()] = "all",
    ranking: Annotated[Ranking, Query()] = "points",
    scope: Annotated[str, Query(pattern="^(global|cohort)$")] = "global",
) -> Response:
    """Top learners and your own place; your cohort's board when you are in one."""
    cohort = None if user is None else await schedule.cohort_of(session, user.id)
    cohort_id = cohort.id if cohort is not None and scope == "cohort" else None
    board = await service.board(
        session, user, now=now, window=window, ranking=ranking, cohort_id=cohort_id
    )
    return render(
        request,
        "leaderboards/board.html",
        user=user,
        section="leaderboard",
        board=board,
        cohort=cohort,
        scope="cohort" if cohort_id else "global",
    )
