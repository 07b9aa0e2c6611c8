"""Response and request bodies of the roadmap API."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

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
    session: str = Field(description='"Session 1", "Session 2": week labels restart per session')
    title: str
    summary: str
    completion: float | None
    topics: list[TopicSummary]


class SessionOut(BaseModel):
    id: str
    name: str = Field(description='"Session 1", "Session 2", ... in roadmap order')
    title: str
    summary: str
    weeks: list[WeekOut]


class RoadmapOut(BaseModel):
    sessions: list[SessionOut]
    current_week: str | None

    @property
    def length(self) -> str:
        """The roadmap's length from its week labels ("Week 1-2", "Week 6+"), e.g.
        "two sessions of 6+ and 6 weeks": never a number written by hand."""
        spans = [_session_weeks(s) for s in self.sessions]
        spans = [span for span in spans if span]
        if not spans:
            return "an empty roadmap"
        count = _COUNTS.get(len(spans), str(len(spans)))
        if len(spans) == 1:
            return f"one session of {spans[0]} weeks"
        return f"{count} sessions of {', '.join(spans[:-1])} and {spans[-1]} weeks"


_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five"}
_WEEK_NUMBER = re.compile(r"\d+")


def _session_weeks(roadmap_session: SessionOut) -> str:
    """The highest week number a session's labels name, "+" when the last is open-ended."""
    numbers = [int(n) for w in roadmap_session.weeks for n in _WEEK_NUMBER.findall(w.label)]
    if not numbers:
        return str(len(roadmap_session.weeks)) if roadmap_session.weeks else ""
    open_ended = bool(roadmap_session.weeks) and roadmap_session.weeks[-1].label.endswith("+")
    return f"{max(numbers)}{'+' if open_ended else ''}"


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
