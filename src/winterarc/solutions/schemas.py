"""Bodies of the solutions API: a package's accepted solutions and learners' shared ones."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, StrictBool

WRITEUP_MAX_CHARS = 4000  # a short write-up: the idea and the complexity, not an essay


class PackageSolutionOut(BaseModel):
    name: str = Field(description="the file (or a lab's folder) under solutions/accepted/")
    reference: bool = Field(description="the package's reference solution")
    complexity: str | None = Field(description='from its "# Complexity:" line, if any')
    source: str = Field(description="the code; a lab solution's files joined with headers")


class SharedSolutionOut(BaseModel):
    id: int
    author: str
    writeup: str = Field(description="Markdown, as written; pages render it sanitised")
    source: str
    language: str
    votes: int
    voted: bool = Field(description="whether you upvoted it")
    mine: bool
    hidden: bool = Field(description="hidden posts are shown only to their author and staff")
    created_at: datetime
    updated_at: datetime


class SolutionsOut(BaseModel):
    slug: str
    solutions: list[PackageSolutionOut]
    shared: list[SharedSolutionOut]


class ShareIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    writeup: str = Field(min_length=1, max_length=WRITEUP_MAX_CHARS)
    submission_id: uuid.UUID | None = Field(
        default=None, description="one of your accepted submissions; default: the latest"
    )


class VoteOut(BaseModel):
    id: int
    votes: int
    voted: bool


class HiddenIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    hidden: StrictBool
