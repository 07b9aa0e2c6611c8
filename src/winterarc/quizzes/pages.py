"""/quizzes pages: a quiz as a form, and the result with answers explained (the list, grouped
by roadmap week, is a roadmap page)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse

from winterarc.auth.dependencies import CurrentUser, OptionalUser
from winterarc.db.session import SessionDep
from winterarc.kit.clock import NowDep
from winterarc.kit.errors import InvalidInput
from winterarc.kit.types import SlugPath as QuizId
from winterarc.quizzes import service
from winterarc.web.forms import app_error_fields
from winterarc.web.templates import render

router = APIRouter()
ANSWER_FIELD = "q:"  # a question's inputs are named "q:<question id>"


@router.get("/quizzes/{quiz_id}")
async def quiz_page(
    request: Request, quiz_id: QuizId, session: SessionDep, user: OptionalUser
) -> Response:
    """The questions as a form; answers are revealed only after an attempt."""
    quiz = await service.get_quiz(session, quiz_id)
    attempts = await service.list_attempts(session, user, quiz_id) if user else []
    return render(
        request,
        "quizzes/detail.html",
        user=user,
        section="quizzes",
        quiz=quiz,
        attempts=attempts,
        chosen={},
        errors={},
    )


@router.post("/quizzes/{quiz_id}")
async def submit_quiz(
    request: Request, quiz_id: QuizId, session: SessionDep, user: CurrentUser, now: NowDep
) -> Response:
    """Score the attempt; unanswered questions send the form back with the choices kept."""
    form = await request.form()
    answers: dict[str, list[str]] = {}
    for key, value in form.multi_items():
        if key.startswith(ANSWER_FIELD) and isinstance(value, str) and len(answers) <= 50:
            answers.setdefault(key.removeprefix(ANSWER_FIELD)[:64], []).append(value[:8])
    try:
        await service.submit_attempt(session, user, quiz_id, answers, now)
    except InvalidInput as error:
        quiz = await service.get_quiz(session, quiz_id)
        return render(
            request,
            "quizzes/detail.html",
            user=user,
            section="quizzes",
            status_code=422,
            quiz=quiz,
            attempts=await service.list_attempts(session, user, quiz_id),
            chosen=answers,
            errors=app_error_fields(error),
        )
    return RedirectResponse(f"/quizzes/{quiz_id}/result", status_code=303)


@router.get("/quizzes/{quiz_id}/result")
async def quiz_result(
    request: Request, quiz_id: QuizId, session: SessionDep, user: CurrentUser
) -> Response:
    """The latest attempt: score, and every question with its answer and explanation."""
    quiz = await service.get_quiz(session, quiz_id)
    attempts = await service.list_attempts(session, user, quiz_id)
    if not attempts:
        return RedirectResponse(f"/quizzes/{quiz_id}", status_code=303)
    return render(
        request,
        "quizzes/result.html",
        user=user,
        section="quizzes",
        quiz=quiz,
        attempt=attempts[0],
        attempts=attempts,
        pass_mark=service.PASS_MARK,
        questions={q.id: q for q in quiz.questions},
    )
