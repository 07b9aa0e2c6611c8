"""/api/v1/auth: register, OAuth2 token endpoint, refresh, logout, me."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, Response, status

from winterarc.auth import device, known_device, service
from winterarc.auth.dependencies import CurrentUser, TokenPolicyDep, oauth2_scheme
from winterarc.auth.schemas import RefreshIn, RegisterIn, TokenOut, UserOut
from winterarc.auth.throttle import ThrottleDep
from winterarc.db.session import SessionDep
from winterarc.kit.errors import AppError, InvalidInput
from winterarc.kit.openapi import problems
from winterarc.revocation import DenylistDep

router = APIRouter(prefix="/auth", tags=["auth"])


class UnsupportedGrantType(AppError):
    status, code, title = 400, "unsupported-grant-type", "Unsupported grant type"


def _token_out(pair: service.TokenPair) -> TokenOut:
    return TokenOut(
        access_token=pair.access_token,
        expires_in=pair.expires_in,
        refresh_token=pair.refresh_token,
        refresh_expires_in=pair.refresh_expires_in,
    )


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses=problems(409, 429),
)
async def register(body: RegisterIn, throttle: ThrottleDep, session: SessionDep) -> UserOut:
    """Create a learner account (rate limited per client address)."""
    await throttle.check_signup()
    user = await service.register(
        session, username=body.username, password=body.password, display_name=body.display_name
    )
    return UserOut.model_validate(user)


@router.post("/token", response_model=TokenOut, responses=problems(401, 429))
async def token(
    request: Request,
    session: SessionDep,
    policy: TokenPolicyDep,
    throttle: ThrottleDep,
    response: Response,
    grant_type: Annotated[str, Form(max_length=64)] = "password",
    username: Annotated[str | None, Form(max_length=64)] = None,
    password: Annotated[str | None, Form(max_length=256)] = None,
    refresh_token: Annotated[str | None, Form(max_length=256)] = None,
    device_code: Annotated[str | None, Form(max_length=256)] = None,
    scope: Annotated[str, Form(max_length=256)] = "",
) -> TokenOut:
    """OAuth2 token endpoint: the password, refresh_token and device_code (RFC 8628) grants."""
    response.headers["Cache-Control"] = "no-store"
    if grant_type == "password":
        if not username or not password:
            raise InvalidInput("username and password are required for the password grant")
        await throttle.check_login(username, known_device=known_device.is_known(request, username))
        user = await service.authenticate(session, username=username, password=password)
        return _token_out(await service.issue_tokens(session, policy, user))
    if grant_type == "refresh_token":
        if not refresh_token:
            raise InvalidInput("refresh_token is required for the refresh_token grant")
        return _token_out(await service.refresh(session, policy, refresh_token))
    if grant_type == device.DEVICE_GRANT:
        if not device_code:
            raise InvalidInput("device_code is required for the device_code grant")
        return _token_out(await device.exchange(session, policy, device_code))
    raise UnsupportedGrantType(
        f"grant_type must be 'password', 'refresh_token' or '{device.DEVICE_GRANT}'."
    )


@router.post("/refresh", response_model=TokenOut, responses=problems(401))
async def refresh(
    body: RefreshIn, session: SessionDep, policy: TokenPolicyDep, response: Response
) -> TokenOut:
    """Exchange a refresh token for a new pair; the old refresh token stops working."""
    response.headers["Cache-Control"] = "no-store"
    return _token_out(await service.refresh(session, policy, body.refresh_token))


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(
    body: RefreshIn,
    session: SessionDep,
    policy: TokenPolicyDep,
    denylist: DenylistDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
) -> Response:
    """Revoke the session the refresh token belongs to, and the bearer access token sent with
    it (refused from now on, not when it expires)."""
    await service.logout(session, body.refresh_token)
    if token is not None:
        await service.revoke_access_token(session, policy.signer, denylist, token)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/me", response_model=UserOut)
async def me(user: CurrentUser) -> UserOut:
    """The account the access token belongs to."""
    return UserOut.model_validate(user)
