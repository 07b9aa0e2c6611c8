"""POST /api/v1/auth/device: start a device login (RFC 8628 section 3.1)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from pydantic import BaseModel

from winterarc.auth import device
from winterarc.auth.throttle import ThrottleDep
from winterarc.db.session import SessionDep
from winterarc.kit.dependencies import SettingsDep
from winterarc.kit.openapi import problems
from winterarc.settings import Settings

router = APIRouter(prefix="/auth", tags=["auth"])
VERIFICATION_PATH = "/device"


class DeviceCodeOut(BaseModel):
    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_in: int
    interval: int


def verification_uri(request: Request, settings: Settings) -> str:
    """Where the learner approves: the public address when configured, else this request's."""
    base = settings.public_url or str(request.base_url)
    return base.rstrip("/") + VERIFICATION_PATH


@router.post("/device", response_model=DeviceCodeOut, responses=problems(429))
async def start_device_login(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    throttle: ThrottleDep,
    client_id: Annotated[str, Form(max_length=64)] = "winterarc-cli",
) -> DeviceCodeOut:
    """A device code for the client to poll with and a user code for the learner to enter.

    Poll `POST /api/v1/auth/token` with `grant_type=urn:ietf:params:oauth:grant-type:device_code`
    and `device_code`, no more often than `interval` seconds."""
    response.headers["Cache-Control"] = "no-store"
    await throttle.check_device_code()
    grant = await device.start(
        session,
        ttl=timedelta(seconds=settings.device_code_ttl_seconds),
        interval=settings.device_poll_interval_seconds,
    )
    uri = verification_uri(request, settings)
    return DeviceCodeOut(
        device_code=grant.device_code,
        user_code=grant.user_code,
        verification_uri=uri,
        verification_uri_complete=f"{uri}?code={grant.user_code}",
        expires_in=grant.expires_in,
        interval=grant.interval,
    )
