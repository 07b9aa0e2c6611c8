"""What the hacks API takes and returns."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field, StrictBool

from winterarc.hacks.models import HackStatus
from winterarc.judge import Verdict
from winterarc.kit.types import Slug


class HackCreate(BaseModel):
    target: uuid.UUID = Field(description="an accepted submission: yours, or a shared one")
    input: str = Field(
        description="the test input as the problem's tests hold it: stdin text (stdio), "
        '{"args": [...]} or the arguments array (function), {"ops": [...], "args": [...]} '
        "(design), a data script (sql)"
    )


class HackOut(BaseModel):
    id: int
    problem: str
    target: uuid.UUID
    hacker: str
    status: HackStatus
    verdict: Verdict = Field(description="the target's verdict on the input")
    message: str | None
    input: str
    expected: str = Field(description="the reference solution's answer")
    added_as: str | None = Field(description="the package test it became, if an author added it")
    created_at: datetime


class HackTarget(BaseModel):
    id: uuid.UUID
    owner: str
    own: bool
    created_at: datetime
    hacked: bool


class ShareIn(BaseModel):
    shared: StrictBool


class ShareOut(BaseModel):
    submission: uuid.UUID
    shared: bool


class AddedTest(BaseModel):
    test: str
    stored: bool = Field(
        description="true: a new package version holds the test; false: a content-synced "
        "package, so commit `files` to its folder in git"
    )
    package_hash: str | None
    files: dict[str, str] = Field(description="the test's files by path inside the package")


class RejudgeIn(BaseModel):
    problem: Slug


class RejudgeOut(BaseModel):
    problem: str
    queued: int = Field(description="accepted submissions queued for judging again")
