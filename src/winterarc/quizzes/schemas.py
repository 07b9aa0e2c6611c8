"""Bodies of the quiz API. Answers and explanations appear only in attempt results."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

ChoiceId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]


class QuizSummary(BaseModel):
    id: str
    title: str
    topics: list[str]
    questions: int
    best_score: float | None = None


class ChoiceOut(BaseModel):
    id: str
    text: str


class QuestionOut(BaseModel):
    id: str
    kind: Literal["single", "multiple"]
    prompt: str
    choices: list[ChoiceOut]


class QuizOut(BaseModel):
    id: str
    title: str
    topics: list[str]
    questions: list[QuestionOut]


class AttemptIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answers: Annotated[
        dict[
            Annotated[str, StringConstraints(max_length=64)],
            Annotated[list[ChoiceId], Field(max_length=8)],
        ],
        Field(max_length=50, description="question id -> chosen choice ids"),
    ]


class QuestionResult(BaseModel):
    id: str
    correct: bool
    chosen: list[str]
    answer: list[str]
    explanation: str


class AttemptOut(BaseModel):
    id: int
    quiz_id: str
    correct: int
    total: int
    score: float
    passed: bool
    created_at: datetime
    results: list[QuestionResult]


class AttemptSummary(BaseModel):
    """One attempt in a learner's quiz history."""

    quiz_id: str
    title: str
    correct: int
    total: int
    score: float
    passed: bool
    created_at: datetime
