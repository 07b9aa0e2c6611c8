"""/api/v1/quizzes: concept checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from winterarc.auth.dependencies import CurrentUser, OptionalUser
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.kit.pagination import Page, PageParamsDep
from winterarc.kit.types import SLUG_PATTERN
from winterarc.kit.types import SlugPath as QuizId
from winterarc.quizzes import service
from winterarc.quizzes.schemas import AttemptIn, AttemptOut, QuizOut, QuizSummary

router = APIRouter(prefix="/quizzes", tags=["quizzes"])


@router.get("", response_model=Page[QuizSummary])
async def list_quizzes(
    session: SessionDep,
    user: OptionalUser,
    paging: PageParamsDep,
    topic: Annotated[str | None, Query(max_length=64, pattern=SLUG_PATTERN)] = None,
) -> Page[QuizSummary]:
    """Quizzes, optionally for one roadmap topic."""
    return await service.list_quizzes(session, user, topic, paging)


@router.get("/{quiz_id}", response_model=QuizOut)
async def get_quiz(quiz_id: QuizId, session: SessionDep) -> QuizOut:
    """A quiz's questions, without answers."""
    return await service.get_quiz(session, quiz_id)


@router.post("/{quiz_id}/attempts", status_code=status.HTTP_201_CREATED, response_model=AttemptOut)
async def submit_attempt(
    quiz_id: QuizId, body: AttemptIn, session: SessionDep, user: CurrentUser, now: NowDep
) -> AttemptOut:
    """Answer every question; the result shows the score, the answers and the explanations."""
    return await service.submit_attempt(session, user, quiz_id, body.answers, now)


@router.get("/{quiz_id}/attempts", response_model=list[AttemptOut])
async def list_attempts(
    quiz_id: QuizId, session: SessionDep, user: CurrentUser
) -> list[AttemptOut]:
    """Your attempts at this quiz, newest first."""
    return await service.list_attempts(session, user, quiz_id)
