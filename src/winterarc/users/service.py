"""Account administration: listing accounts and changing their role, name or active flag."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth import repository as auth_repository
from winterarc.auth.models import Role, User
from winterarc.auth.schemas import UserOut, UserUpdate
from winterarc.kit.errors import InvalidInput, NotFound
from winterarc.kit.pagination import Page, PageParams


async def list_users(session: AsyncSession, paging: PageParams) -> Page[UserOut]:
    """All accounts, oldest first."""
    users, total = await auth_repository.list_users(
        session, offset=paging.offset, limit=paging.page_size
    )
    return Page(
        items=[UserOut.model_validate(u) for u in users],
        total=total,
        page=paging.page,
        page_size=paging.page_size,
    )


async def update_user(session: AsyncSession, admin: User, user_id: int, data: UserUpdate) -> User:
    """Apply the given changes; an admin can neither demote nor deactivate themselves (someone
    must stay able to administer)."""
    user = await auth_repository.get_user(session, user_id)
    if user is None:
        raise NotFound("No such user.")
    if user.id == admin.id and (data.role not in (None, Role.ADMIN) or data.is_active is False):
        raise InvalidInput("Admins cannot demote or deactivate themselves.")
    changes = data.model_dump(exclude_unset=True)
    if changes.get("role") is not None:
        user.role = changes["role"]
    if changes.get("is_active") is not None:
        user.is_active = changes["is_active"]
    if "display_name" in changes:
        user.display_name = changes["display_name"]
    await session.flush()
    return user
