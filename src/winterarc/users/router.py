"""/api/v1/users: account administration (admins only)."""

from __future__ import annotations

from fastapi import APIRouter

from winterarc.auth.dependencies import AdminUser
from winterarc.auth.schemas import UserOut, UserUpdate
from winterarc.db.session import SessionDep
from winterarc.kit.openapi import problems
from winterarc.kit.pagination import Page, PageParamsDep
from winterarc.kit.types import RowIdPath
from winterarc.users import service

router = APIRouter(prefix="/users", tags=["users"])


@router.get("", response_model=Page[UserOut], responses=problems(403))
async def list_users(
    _admin: AdminUser, session: SessionDep, paging: PageParamsDep
) -> Page[UserOut]:
    """All accounts, oldest first."""
    return await service.list_users(session, paging)


@router.patch("/{user_id}", response_model=UserOut, responses=problems(403))
async def update_user(
    user_id: RowIdPath, body: UserUpdate, admin: AdminUser, session: SessionDep
) -> UserOut:
    """Change an account's role, display name or active flag."""
    return UserOut.model_validate(await service.update_user(session, admin, user_id, body))
