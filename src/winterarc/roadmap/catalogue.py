"""The static catalogue, cached per process: every problem with its pattern tags, the roadmap's
outline (sessions, weeks, topics) and each topic's problems and quizzes. It changes only on a
content sync, a package upload or an author's edit, each of which re-stamps the content
version (`db.content_version`) in its transaction; a reader pays one tiny SELECT of that stamp
per transaction and rebuilds only when it moved, so replicas stay correct. docs/catalogue-cache.md.

Immutable (frozen dataclasses, tuples, read-only mappings): requests share one instance.
Kept per engine, so two databases (tests, a CLI next to a server) never see each other's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.db import content_version as version
from winterarc.problems.models import Problem, ProblemTag, ProblemTopic, Tag
from winterarc.quizzes.models import Quiz, QuizTopic
from winterarc.roadmap.models import RoadmapSession, RoadmapTopic, RoadmapWeek


@dataclass(frozen=True, slots=True)
class ProblemInfo:
    id: int
    slug: str
    title: str
    difficulty: str
    patterns: tuple[str, ...]  # pattern tags, by name


@dataclass(frozen=True, slots=True)
class Session:
    id: str
    title: str
    summary: str


@dataclass(frozen=True, slots=True)
class Week:
    id: str
    session_id: str
    label: str
    title: str
    summary: str


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    week_id: str
    position: int
    title: str
    summary: str


@dataclass(frozen=True, slots=True)
class QuizInfo:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    version: int | None
    sessions: tuple[Session, ...]  # roadmap order
    weeks: tuple[Week, ...]  # roadmap order (session, then week)
    topics: tuple[Topic, ...]  # by position within their week, as `repository.structure`
    problems: Mapping[int, ProblemInfo]  # every problem, pattern tags sorted
    topic_problems: Mapping[str, tuple[ProblemInfo, ...]]  # by problem id
    topic_quizzes: Mapping[str, tuple[QuizInfo, ...]]  # by quiz id

    def problems_of(self, topic_id: str) -> tuple[ProblemInfo, ...]:
        return self.topic_problems.get(topic_id, ())

    def quizzes_of(self, topic_id: str) -> tuple[QuizInfo, ...]:
        return self.topic_quizzes.get(topic_id, ())


_cached: WeakKeyDictionary[Engine, Catalogue] = WeakKeyDictionary()


async def current(session: AsyncSession) -> Catalogue:
    """The catalogue as this session's transaction sees it: the process's copy when its
    version is still the database's, else rebuilt (and kept for the next requests)."""
    transaction = session.sync_session.get_transaction()
    memo = session.info.get(version.SESSION_MEMO)
    if memo is not None and transaction is not None and memo[0] is transaction:
        return memo[1]  # type: ignore[no-any-return]
    stamp = await version.current(session)
    engine = (await session.connection()).sync_engine
    found = _cached.get(engine)
    if found is None or found.version != stamp:
        found = await _load(session, stamp)
        _cached[engine] = found
    # One catalogue per transaction, the first read's (our own `bump` drops it): a bump
    # committed elsewhere meanwhile is seen by the next transaction.
    session.info[version.SESSION_MEMO] = (session.sync_session.get_transaction(), found)
    return found


async def _load(session: AsyncSession, stamp: int | None) -> Catalogue:
    sessions = await session.execute(
        select(RoadmapSession.id, RoadmapSession.title, RoadmapSession.summary).order_by(
            RoadmapSession.position
        )
    )
    weeks = await session.execute(
        select(
            RoadmapWeek.id,
            RoadmapWeek.session_id,
            RoadmapWeek.label,
            RoadmapWeek.title,
            RoadmapWeek.summary,
        )
        .join(RoadmapSession, RoadmapSession.id == RoadmapWeek.session_id)
        .order_by(RoadmapSession.position, RoadmapWeek.position)
    )
    topics = await session.execute(
        select(
            RoadmapTopic.id,
            RoadmapTopic.week_id,
            RoadmapTopic.position,
            RoadmapTopic.title,
            RoadmapTopic.summary,
        ).order_by(RoadmapTopic.position)
    )
    problems = await _problems(session)
    topic_problems: dict[str, list[ProblemInfo]] = defaultdict(list)
    for topic_id, problem_id in await session.execute(
        select(ProblemTopic.topic_id, ProblemTopic.problem_id).order_by(ProblemTopic.problem_id)
    ):
        topic_problems[topic_id].append(problems[problem_id])
    topic_quizzes: dict[str, list[QuizInfo]] = defaultdict(list)
    for topic_id, quiz_id, title in await session.execute(
        select(QuizTopic.topic_id, Quiz.id, Quiz.title)
        .join(Quiz, Quiz.id == QuizTopic.quiz_id)
        .order_by(Quiz.id)
    ):
        topic_quizzes[topic_id].append(QuizInfo(quiz_id, title))
    return Catalogue(
        version=stamp,
        sessions=tuple(Session(*row) for row in sessions),
        weeks=tuple(Week(*row) for row in weeks),
        topics=tuple(Topic(*row) for row in topics),
        problems=MappingProxyType(problems),
        topic_problems=MappingProxyType({k: tuple(v) for k, v in topic_problems.items()}),
        topic_quizzes=MappingProxyType({k: tuple(v) for k, v in topic_quizzes.items()}),
    )


async def _problems(session: AsyncSession) -> dict[int, ProblemInfo]:
    patterns: dict[int, list[str]] = defaultdict(list)
    for problem_id, name in await session.execute(
        select(ProblemTag.problem_id, Tag.name)
        .join(Tag, Tag.id == ProblemTag.tag_id)
        .where(Tag.kind == "pattern")
        .order_by(Tag.name)
    ):
        patterns[problem_id].append(name)
    rows = await session.execute(
        select(Problem.id, Problem.slug, Problem.title, Problem.difficulty).order_by(Problem.id)
    )
    return {
        pid: ProblemInfo(pid, slug, title, difficulty, tuple(patterns[pid]))
        for pid, slug, title, difficulty in rows
    }
