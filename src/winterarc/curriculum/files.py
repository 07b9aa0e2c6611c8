"""The curriculum files (content/roadmap.yaml, content/quizzes/*.yaml): schema and loading."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from winterarc.kit.types import Slug

Id = Slug
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class CurriculumError(Exception):
    """A curriculum file is malformed; the message names the file and the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reference(_Strict):
    title: Line
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=500)] | None = None


class TopicFile(_Strict):
    id: Id
    title: Line
    summary: Text
    objectives: Annotated[list[Line], Field(min_length=3, max_length=6)]
    key_concepts: Annotated[list[Line], Field(min_length=1, max_length=12)]
    references: Annotated[list[Reference], Field(min_length=1, max_length=8)]
    quizzes: list[Id] = []


class WeekFile(_Strict):
    id: Id
    label: Line
    title: Line
    summary: Text
    topics: Annotated[list[TopicFile], Field(min_length=1)]


class SessionFile(_Strict):
    id: Id
    title: Line
    summary: Text
    weeks: Annotated[list[WeekFile], Field(min_length=1)]


class RoadmapFile(_Strict):
    title: Line
    summary: Text
    sessions: Annotated[list[SessionFile], Field(min_length=1)]

    @model_validator(mode="after")
    def _ids_unique(self) -> RoadmapFile:
        seen: set[str] = set()
        for session in self.sessions:
            for item in [session.id, *(w.id for w in session.weeks)]:
                _unique(seen, item)
            for week in session.weeks:
                for topic in week.topics:
                    _unique(seen, topic.id)
        return self

    def topic_ids(self) -> list[str]:
        return [t.id for s in self.sessions for w in s.weeks for t in w.topics]


class Choice(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,8}$")]
    text: Text


class Question(_Strict):
    id: Id
    kind: Literal["single", "multiple"]
    prompt: Text
    choices: Annotated[list[Choice], Field(min_length=2, max_length=8)]
    answer: Annotated[list[str], Field(min_length=1)]
    explanation: Text

    @model_validator(mode="after")
    def _answer_fits_choices(self) -> Question:
        ids = [c.id for c in self.choices]
        if len(set(ids)) != len(ids):
            raise ValueError("choice ids must be unique")
        if not set(self.answer) <= set(ids) or len(set(self.answer)) != len(self.answer):
            raise ValueError("answer must list distinct ids of existing choices")
        if self.kind == "single" and len(self.answer) != 1:
            raise ValueError("a single-answer question has exactly one answer")
        return self


class QuizFile(_Strict):
    id: Id
    title: Line
    topics: Annotated[list[Id], Field(min_length=1)]
    questions: Annotated[list[Question], Field(min_length=1, max_length=50)]

    @model_validator(mode="after")
    def _question_ids_unique(self) -> QuizFile:
        seen: set[str] = set()
        for question in self.questions:
            _unique(seen, question.id)
        return self


def _unique(seen: set[str], item: str) -> None:
    if item in seen:
        raise ValueError(f"id {item!r} is used twice")
    seen.add(item)


@dataclass(frozen=True, slots=True)
class LoadedQuiz:
    quiz: QuizFile
    content_hash: str


def _read_yaml(path: Path) -> object:
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CurriculumError(f"{path}: cannot read: {type(exc).__name__}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(exc, "problem", None) or type(exc).__name__
        raise CurriculumError(f"{path.name}: not valid YAML{where}: {reason}") from None


def _describe(path: Path, exc: ValidationError) -> CurriculumError:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "(top level)"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return CurriculumError(f"{path.name}: {where}: {first['msg']}{more}")


def load_roadmap(path: Path) -> RoadmapFile:
    try:
        return RoadmapFile.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise _describe(path, exc) from None


def load_quizzes(directory: Path, topic_ids: set[str]) -> list[LoadedQuiz]:
    """Every quiz file in the directory, validated against the roadmap's topic ids."""
    quizzes = []
    for path in sorted(directory.glob("*.yaml")) if directory.is_dir() else []:
        try:
            quiz = QuizFile.model_validate(_read_yaml(path))
        except ValidationError as exc:
            raise _describe(path, exc) from None
        if quiz.id != path.stem:
            raise CurriculumError(f"{path.name}: id: must equal the file name ({path.stem!r})")
        unknown = sorted(set(quiz.topics) - topic_ids)
        if unknown:
            raise CurriculumError(f"{path.name}: topics: unknown roadmap topic ids {unknown}")
        quizzes.append(LoadedQuiz(quiz, hashlib.sha256(path.read_bytes()).hexdigest()))
    return quizzes
