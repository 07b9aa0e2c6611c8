"""Writing audit entries, inside the caller's transaction (a failed request records nothing)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.audit.models import AuditEntry


def record(session: AsyncSession, *, actor_id: int, action: str, subject: str) -> None:
    session.add(AuditEntry(actor_id=actor_id, action=action, subject=subject))
