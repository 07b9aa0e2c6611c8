"""/device: the page where a logged-in learner approves or denies a `winterarc login`."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Request, Response

from winterarc.auth import device
from winterarc.auth.dependencies import CurrentUser
from winterarc.auth.throttle import ThrottleDep
from winterarc.db.session import SessionDep
from winterarc.ratelimit import RateLimited
from winterarc.web.templates import render

router = APIRouter()
UNKNOWN = (
    "That code is unknown, expired or already used. Run `winterarc login` again for a new one."
)


@router.get("/device")
async def device_page(request: Request, user: CurrentUser, code: str = "") -> Response:
    """The code form, filled in when the CLI's link carried the code."""
    normalized = device.normalize_user_code(code[:32])
    shown = device.format_user_code(normalized) if normalized else ""
    return render(request, "auth/device.html", user=user, code=shown, errors={}, outcome=None)


@router.post("/device")
async def decide(
    request: Request,
    user: CurrentUser,
    session: SessionDep,
    throttle: ThrottleDep,
    code: Annotated[str, Form(max_length=32)] = "",
    decision: Annotated[Literal["approve", "deny"], Form()] = "approve",
) -> Response:
    """Approve or deny the login the code belongs to; the CLI learns it on its next poll."""
    try:
        await throttle.check_device_verify()
    except RateLimited as error:
        return render(
            request,
            "auth/device.html",
            user=user,
            status_code=error.status,
            headers=error.headers,
            code=code,
            errors={"code": error.detail},
            outcome=None,
        )
    if not await device.decide(session, code, user, approve=decision == "approve"):
        return render(
            request,
            "auth/device.html",
            user=user,
            status_code=400,
            code=code,
            errors={"code": UNKNOWN},
            outcome=None,
        )
    return render(request, "auth/device.html", user=user, code="", errors={}, outcome=decision)
