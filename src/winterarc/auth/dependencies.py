"""Who is calling: the bearer token resolved to an active user, and role requirements."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from starlette.requests import HTTPConnection

from winterarc.auth import repository, service
from winterarc.auth.models import Role, User
from winterarc.auth.service import TokenPolicy
from winterarc.db.session import SessionDep
from winterarc.kit.errors import Forbidden, InvalidToken, Unauthorized
from winterarc.revocation import DenylistDep
from winterarc.web import csrf
from winterarc.web.cookies import SESSION_COOKIE

TOKEN_URL = "/api/v1/auth/token"  # noqa: S105 (a URL, not a secret)
oauth2_scheme = OAuth2PasswordBearer(tokenUrl=TOKEN_URL, auto_error=False)


async def get_token_policy(connection: HTTPConnection) -> TokenPolicy:
    policy: TokenPolicy = connection.app.state.token_policy
    return policy


TokenPolicyDep = Annotated[TokenPolicy, Depends(get_token_policy)]


async def optional_user(
    request: Request,
    session: SessionDep,
    policy: TokenPolicyDep,
    denylist: DenylistDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> User | None:
    if token is None:
        return await _cookie_user(request, session)
    claims = await service.access_claims(session, policy.signer, denylist, token)
    user = await repository.get_user(session, claims.user_id)
    if user is None or not user.is_active:
        raise InvalidToken("The access token is invalid.")
    return user


async def _cookie_user(request: Request, session: SessionDep) -> User | None:
    """The browser's session cookie. A cookie rides along on cross-site requests, so anything
    state-changing must also prove it came from our own pages (CSRF)."""
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return None
    user = await service.web_session_user(session, raw)
    if user is not None and request.method not in csrf.SAFE_METHODS:
        if request.url.path.startswith("/api/"):
            csrf.check(request, request.headers.get(csrf.HEADER))
        else:
            await csrf.protect(request)
    return user


async def presents_credentials(connection: HTTPConnection) -> bool:
    """A valid bearer token or a live session cookie, checked before the body is read (the
    body cap); the denylist and the account are checked later, by `optional_user`."""
    scheme, _, token = connection.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token:
        try:
            (await get_token_policy(connection)).signer.verify(token)
        except InvalidToken:
            return False
        return True
    raw = connection.cookies.get(SESSION_COOKIE)
    if not raw:
        return False
    async with connection.app.state.sessionmaker() as session:
        return await service.web_session_user(session, raw) is not None


async def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise Unauthorized("Log in to use this endpoint.")
    return user


OptionalUser = Annotated[User | None, Depends(optional_user)]
CurrentUser = Annotated[User, Depends(current_user)]


def require_role(*roles: Role) -> Callable[[User], Awaitable[User]]:
    allowed = set(roles)

    async def dependency(user: CurrentUser) -> User:
        # The role is read from the database on every request, never trusted from the token.
        if user.role not in allowed:
            raise Forbidden("Your role does not allow this action.")
        return user

    return dependency


AuthorUser = Annotated[User, Depends(require_role(Role.AUTHOR, Role.ADMIN))]
AdminUser = Annotated[User, Depends(require_role(Role.ADMIN))]
