"""Sign up, log in and log out in the browser: a cookie session instead of bearer tokens."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth import known_device, service
from winterarc.auth.dependencies import OptionalUser
from winterarc.auth.models import User
from winterarc.auth.schemas import RegisterIn
from winterarc.auth.throttle import ThrottleDep
from winterarc.db.session import SessionDep
from winterarc.kit.dependencies import SettingsDep
from winterarc.kit.errors import AppError, InvalidCredentials, InvalidInput
from winterarc.kit.time_zones import is_time_zone
from winterarc.ratelimit import RateLimited
from winterarc.settings import Settings
from winterarc.web import csrf
from winterarc.web.cookies import SESSION_COOKIE, clear_cookie, set_cookie
from winterarc.web.errors import safe_next
from winterarc.web.forms import app_error_fields, field_errors
from winterarc.web.templates import render

router = APIRouter()
Text = Annotated[str, Form(max_length=256)]
Next = Annotated[str, Form(max_length=2048)]


async def _logged_in(
    request: Request, session: AsyncSession, settings: Settings, user: User, target: str
) -> RedirectResponse:
    previous = request.cookies.get(SESSION_COOKIE)
    if previous:  # a new login never keeps an older session alive alongside it
        await service.end_web_session(session, previous)
    raw = await service.start_web_session(
        session, user, timedelta(seconds=settings.web_session_ttl_seconds)
    )
    response = RedirectResponse(safe_next(target), status_code=303)
    set_cookie(response, request, SESSION_COOKIE, raw, settings.web_session_ttl_seconds)
    known_device.remember(request, response, user.username)
    csrf.rotate(request)  # a token seen before logging in is worthless after
    csrf.attach_cookie(request, response)
    return response


@router.get("/login")
async def login_page(request: Request, user: OptionalUser, next: str = "/") -> Response:
    """The login form; already logged in goes straight on."""
    if user is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "auth/login.html", user=None, next=safe_next(next), errors={}, form={})


@router.post("/login")
async def login(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    throttle: ThrottleDep,
    username: Text = "",
    password: Text = "",
    next: Next = "/",
) -> Response:
    try:
        await throttle.check_login(username, known_device=known_device.is_known(request, username))
        account = await service.authenticate(session, username=username, password=password)
    except (InvalidCredentials, RateLimited) as error:
        return render(
            request,
            "auth/login.html",
            user=None,
            status_code=error.status,
            headers=error.headers,
            next=safe_next(next),
            errors={"form": error.detail},
            form={"username": username},
        )
    return await _logged_in(request, session, settings, account, next)


@router.get("/signup")
async def signup_page(request: Request, user: OptionalUser, next: str = "/roadmap") -> Response:
    if user is not None:
        return RedirectResponse("/", status_code=303)
    return render(request, "auth/signup.html", user=None, next=safe_next(next), errors={}, form={})


@router.post("/signup")
async def signup(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    throttle: ThrottleDep,
    username: Text = "",
    password: Text = "",
    display_name: Text = "",
    time_zone: Text = "",
    next: Next = "/roadmap",
) -> Response:
    form = {"username": username, "display_name": display_name}
    try:
        # Filled by the browser from Intl (empty without JavaScript: the day then follows UTC).
        if time_zone and not is_time_zone(time_zone):
            raise InvalidInput(
                "time_zone: unknown time zone",
                errors=[{"loc": ["body", "form"], "msg": "The browser sent an unknown time zone."}],
            )
        await throttle.check_signup()
        if problems := await service.signup_problems(
            session, username=username, password=password, display_name=display_name
        ):
            taken_only = problems == {"username": service.TAKEN}
            return _signup_form(request, next, form, problems, 409 if taken_only else 422)
        data = RegisterIn(
            username=username, password=password, display_name=display_name.strip() or None
        )
        account = await service.register(
            session, username=data.username, password=data.password, display_name=data.display_name
        )
        if time_zone:
            await service.set_time_zone(session, account, time_zone)
    except ValidationError as error:
        errors, status = field_errors(error), 422
    except RateLimited as error:
        errors, status = {"form": error.detail}, error.status
    except AppError as error:
        errors, status = app_error_fields(error, default_field="username"), error.status
    else:
        return await _logged_in(request, session, settings, account, next)
    return _signup_form(request, next, form, errors, status)


def _signup_form(
    request: Request, next: str, form: dict[str, str], errors: dict[str, str], status: int
) -> Response:
    return render(
        request,
        "auth/signup.html",
        user=None,
        status_code=status,
        next=safe_next(next),
        errors=errors,
        form=form,
    )


@router.post("/logout")
async def logout(request: Request, session: SessionDep) -> Response:
    """End this browser's session (the CSRF check runs first, like every form)."""
    raw = request.cookies.get(SESSION_COOKIE)
    if raw:
        await service.end_web_session(session, raw)
    response = RedirectResponse("/login?logged_out=1", status_code=303)
    clear_cookie(response, request, SESSION_COOKIE)
    csrf.rotate(request)
    csrf.attach_cookie(request, response)
    return response
