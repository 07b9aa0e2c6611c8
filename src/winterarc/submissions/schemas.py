"""Request and response bodies of submissions and custom runs."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from winterarc.judge import Verdict
from winterarc.kit.types import Slug
from winterarc.submissions.models import SubmissionStatus

Language = Literal["python", "sql"]


class SubmissionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem: Slug
    language: Language | None = Field(
        None, description="python, or sql for SQL problems; defaults to the problem's language"
    )
    code: str | None = Field(None, description="the source text (UTF-8); labs take `files`")
    files: dict[str, str] | None = Field(
        None, description="a lab's files by name (those left out are the starter's)"
    )

    @model_validator(mode="after")
    def _code_or_files(self) -> SubmissionCreate:
        if (self.code is None) == (self.files is None):
            raise ValueError("send `code` (a problem) or `files` (a lab), not both")
        return self


class SubmissionAccepted(BaseModel):
    id: uuid.UUID
    status: SubmissionStatus
    url: str = Field(description="GET it for the verdict")
    events_url: str = Field(description="WebSocket with live progress events")


class TestResultOut(BaseModel):
    __test__ = False  # not a pytest class

    ordinal: int
    name: str
    verdict: Verdict
    cpu_ms: float
    wall_ms: float
    memory_kb: int
    sample: bool
    message: str | None
    input: str | None = None
    expected: str | None = None
    actual: str | None = None


class SubmissionSummary(BaseModel):
    id: uuid.UUID
    problem: str
    problem_title: str | None = Field(None, description="the problem's title (in lists)")
    language: Language
    status: SubmissionStatus
    verdict: Verdict | None
    created_at: datetime
    judged_at: datetime | None


class SubmissionDetail(SubmissionSummary):
    message: str | None
    cpu_ms: float | None
    memory_kb: int | None
    source: str
    files: dict[str, str] | None = Field(None, description="a lab submission's files")
    tests: list[TestResultOut]
    shared: bool = Field(False, description="its owner lets other solvers hack it")
    hacked_at: datetime | None = Field(None, description="when a learner's hack broke it")
    own: bool = Field(False, description="the caller submitted it")


class RunCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem: Slug
    language: Language | None = None
    code: str
    input: str = Field("", description="stdin, JSON args or calls (WINTERARC_RUN_INPUT_MAX_BYTES)")


class LabRunCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem: Slug
    files: dict[str, str] = Field(description="the lab's files by name (left out: the starter)")


class LabRunOut(BaseModel):
    """The visible checks' results: nothing is recorded."""

    verdict: Verdict
    message: str
    tests: list[TestResultOut]


class RunOut(BaseModel):
    status: str
    output: str
    stderr: str
    cpu_ms: int
    wall_ms: int
    memory_kb: int
    message: str
