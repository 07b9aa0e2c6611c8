"""Request and response bodies of the problem catalogue."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from winterarc.judge.packages import Difficulty
from winterarc.kit.types import Label, Slug

Title = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$"
    ),
]
# Problems created through the API; a lab exists only as a package (it needs checks).
ProblemType = Literal["stdio", "function", "design", "sql"]
AnyProblemType = Literal["stdio", "function", "design", "sql", "lab"]
Checker = Literal["exact", "tokens", "float", "unordered", "custom"]
TimeLimit = Annotated[int, Field(ge=100, le=10_000)]
MemoryLimit = Annotated[int, Field(ge=16, le=1024)]
Markdown = Annotated[str, Field(max_length=100_000)]
Labels = Annotated[list[Label], Field(max_length=20)]


class SolveStatus(StrEnum):
    SOLVED = "solved"
    ATTEMPTED = "attempted"
    NEW = "new"


class ProblemSort(StrEnum):
    ROADMAP = "roadmap"
    ID = "id"
    SLUG = "slug"
    SLUG_DESC = "-slug"
    TITLE = "title"
    TITLE_DESC = "-title"
    DIFFICULTY = "difficulty"
    DIFFICULTY_DESC = "-difficulty"
    CREATED = "created"
    CREATED_DESC = "-created"
    ACCEPTANCE = "acceptance"
    ACCEPTANCE_DESC = "-acceptance"
    SOLVERS = "solvers"
    SOLVERS_DESC = "-solvers"


class ProblemCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slug: Slug
    title: Title
    difficulty: Difficulty
    type: ProblemType = "stdio"
    checker: Checker = "tokens"
    float_tolerance: Annotated[float, Field(gt=0, le=1)] | None = None
    time_limit_ms: TimeLimit = 1000
    memory_limit_mb: MemoryLimit = 256
    statement: Markdown = ""
    editorial: Markdown = ""
    tags: Labels = []
    patterns: Labels = []

    @model_validator(mode="after")
    def _tolerance_goes_with_float(self) -> ProblemCreate:
        if self.checker == "float" and self.float_tolerance is None:
            self.float_tolerance = 1e-6
        return self


class ProblemUpdate(BaseModel):
    """A partial update: only the fields given change."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    difficulty: Difficulty | None = None
    type: ProblemType | None = None
    checker: Checker | None = None
    float_tolerance: Annotated[float, Field(gt=0, le=1)] | None = None
    time_limit_ms: TimeLimit | None = None
    memory_limit_mb: MemoryLimit | None = None
    statement: Markdown | None = None
    editorial: Markdown | None = None
    tags: Labels | None = None
    patterns: Labels | None = None


class RuntimePackageOut(BaseModel):
    name: str
    version: str


class LabOut(BaseModel):
    files: list[str] = Field(description="the files a submission holds, in tab order")
    starter: dict[str, str] = Field(description="each file's starter contents")
    checks: dict[str, str] = Field(description="the visible check files, by name")
    runtime: list[RuntimePackageOut] = Field(description="what lab code may import")
    max_file_bytes: int
    network: str = Field(description="none, or loopback: a network of the lab's own")
    processes: int = Field(description="processes the lab's code may run at once")
    services: list[str] = Field(description="servers started beside it, e.g. redis")


class ProblemSummary(BaseModel):
    slug: str
    title: str
    difficulty: Difficulty
    type: AnyProblemType
    tags: list[str]
    patterns: list[str]
    status: SolveStatus | None = None
    solvers: int = Field(0, description="learners with an accepted submission (recomputed)")
    acceptance_rate: float | None = Field(
        None, description="accepted / all submissions, 0-1; null before any submission"
    )


class ProblemDetail(ProblemSummary):
    checker: Checker
    float_tolerance: float | None
    time_limit_ms: int
    memory_limit_mb: int
    statement: str
    created_at: datetime
    updated_at: datetime
    lab: LabOut | None = Field(None, description="for labs: files, starter, visible checks")


class EditorialOut(BaseModel):
    slug: str
    editorial: str
