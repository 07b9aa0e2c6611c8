"""/api/v1/problems/{slug}/note: the learner's private note on a problem."""

from __future__ import annotations

from fastapi import APIRouter, Response

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.kit.types import SlugPath
from winterarc.notes import service
from winterarc.notes.schemas import NoteIn, NoteOut

router = APIRouter(prefix="/problems", tags=["notes"])


@router.get("/{slug}/note", response_model=NoteOut)
async def get_note(slug: SlugPath, session: SessionDep, user: CurrentUser) -> NoteOut:
    """Your note (Markdown, and sanitised HTML); 404 when you have none."""
    return await service.get(session, user, slug)


@router.put("/{slug}/note", response_model=NoteOut, responses={204: {"description": "Deleted"}})
async def put_note(
    slug: SlugPath, body: NoteIn, session: SessionDep, user: CurrentUser
) -> NoteOut | Response:
    """Write your note (at most 20,000 characters); blank text deletes it (204)."""
    note = await service.put(session, user, slug, body.body)
    return Response(status_code=204) if note is None else note
