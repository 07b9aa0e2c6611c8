"""/api/v1/users: account administration (admins only)."""

from __future__ import annotations

from fastapi import APIRouter

from winterarc.auth import repository
from winterarc.auth.dependencies import AdminUser
from winterarc.auth.schemas import UserOut, UserUpdate
from winterarc.db.session import SessionDep
from winterarc.kit.errors import InvalidInput, NotFound
from winterarc.kit.pagination import Page, PageParamsDep

router = APIRouter(prefix="/users", tags=["users"])


@router.get("", response_model=Page[UserOut])
async def list_users(
    _admin: AdminUser, session: SessionDep, paging: PageParamsDep
) -> Page[UserOut]:
    """All accounts, oldest first."""
    users, total = await repository.list_users(
        session, offset=paging.offset, limit=paging.page_size
    )
    return Page(
        items=[UserOut.model_validate(u) for u in users],
        total=total,
        page=paging.page,
        page_size=paging.page_size,
    )


@router.patch("/{user_id}", response_model=UserOut)
async def update_user(
    user_id: int, body: UserUpdate, admin: AdminUser, session: SessionDep
) -> UserOut:
    """Change an account's role, display name or active flag."""
    user = await repository.get_user(session, user_id)
    if user is None:
        raise NotFound("No such user.")
    if user.id == admin.id and (body.role not in (None, "admin") or body.is_active is False):
        raise InvalidInput("Admins cannot demote or deactivate themselves.")
    for field, value in body.model_dump(exclude_unset=True).items():
        if value is None and field != "display_name":
            continue
        setattr(user, field, value.value if hasattr(value, "value") else value)
    await session.flush()
    return UserOut.model_validate(user)
