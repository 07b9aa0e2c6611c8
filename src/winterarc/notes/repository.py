"""All note queries."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.notes.models import ProblemNote


async def get(session: AsyncSession, user_id: int, problem_id: int) -> ProblemNote | None:
    return await session.get(ProblemNote, (user_id, problem_id))


async def put(session: AsyncSession, user_id: int, problem_id: int, body: str) -> ProblemNote:
    note = await get(session, user_id, problem_id)
    if note is None:
        note = ProblemNote(user_id=user_id, problem_id=problem_id, body=body)
        session.add(note)
    else:
        note.body = body
    await session.flush()
    await session.refresh(note)
    return note


async def delete(session: AsyncSession, note: ProblemNote) -> None:
    await session.delete(note)
    await session.flush()
