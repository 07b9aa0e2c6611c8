"""Personal notes on problems: private to their writer, Markdown sanitised when shown."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.kit.errors import NotFound
from winterarc.notes import repository
from winterarc.notes.models import ProblemNote
from winterarc.notes.schemas import NoteOut
from winterarc.problems import service as problems_service
from winterarc.web.markdown import render_markdown


def _out(slug: str, note: ProblemNote) -> NoteOut:
    return NoteOut(
        problem=slug,
        body=note.body,
        html=str(render_markdown(note.body)),
        updated_at=note.updated_at,
    )


async def find(session: AsyncSession, user: User, slug: str) -> NoteOut | None:
    """The learner's own note on the problem, if they wrote one. Nobody else's is reachable:
    notes are looked up by the caller's id only."""
    problem = await problems_service.get_model(session, slug)
    note = await repository.get(session, user.id, problem.id)
    return None if note is None else _out(slug, note)


async def get(session: AsyncSession, user: User, slug: str) -> NoteOut:
    found = await find(session, user, slug)
    if found is None:
        raise NotFound("You have no note on this problem.")
    return found


async def put(session: AsyncSession, user: User, slug: str, body: str) -> NoteOut | None:
    """Write the note; blank text deletes it (None)."""
    problem = await problems_service.get_model(session, slug)
    if not body.strip():
        existing = await repository.get(session, user.id, problem.id)
        if existing is not None:
            await repository.delete(session, existing)
        return None
    return _out(slug, await repository.put(session, user.id, problem.id, body))
