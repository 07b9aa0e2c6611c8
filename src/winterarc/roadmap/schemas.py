"""Response and request bodies of the roadmap API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from winterarc.judge.packages import Difficulty
from winterarc.problems.schemas import SolveStatus

ProgressStatus = Literal["not_started", "in_progress", "done", "skipped"]


class Practice(BaseModel):
    problems_total: int
    problems_solved: int
    quizzes_total: int
    quizzes_passed: int


class TopicSummary(BaseModel):
    id: str
    title: str
    summary: str
    status: ProgressStatus | None
    completion: float | None
    practice: Practice


class WeekOut(BaseModel):
    id: str
    label: str
    title: str
    summary: str
    completion: float | None
    topics: list[TopicSummary]


class SessionOut(BaseModel):
    id: str
    title: str
    summary: str
    weeks: list[WeekOut]


class RoadmapOut(BaseModel):
    sessions: list[SessionOut]
    current_week: str | None


class Reference(BaseModel):
    title: str
    url: str | None = None


class TopicProblem(BaseModel):
    slug: str
    title: str
    difficulty: Difficulty
    status: SolveStatus | None


class TopicQuiz(BaseModel):
    id: str
    title: str
    best_score: float | None
    passed: bool | None


class TopicDetail(TopicSummary):
    week_id: str
    objectives: list[str]
    key_concepts: list[str]
    references: list[Reference]
    problems: list[TopicProblem]
    quizzes: list[TopicQuiz]


class ProgressIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: ProgressStatus
