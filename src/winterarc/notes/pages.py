"""The note form on a problem page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse

from winterarc.auth.dependencies import CurrentUser
from winterarc.db.session import SessionDep
from winterarc.kit.types import SlugPath
from winterarc.notes import service
from winterarc.notes.schemas import NOTE_MAX_CHARS

router = APIRouter()


@router.post("/problems/{slug}/note")
async def save_note(
    slug: SlugPath,
    session: SessionDep,
    user: CurrentUser,
    body: Annotated[str, Form(max_length=NOTE_MAX_CHARS)] = "",
) -> Response:
    """Save (or, blank, delete) the note and go back to it on the problem page."""
    await service.put(session, user, slug, body)
    return RedirectResponse(f"/problems/{slug}#notes", status_code=303)
