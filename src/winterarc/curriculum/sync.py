"""`content sync`: load the roadmap, quizzes and problem packages from files into the database.

Idempotent: unchanged items are left alone, changed ones updated, and the roadmap's removed
entries deleted. Problems are never deleted (submissions refer to them)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import anyio.to_thread
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.curriculum.files import (
    CurriculumError,
    LoadedQuiz,
    RoadmapFile,
    load_quizzes,
    load_roadmap,
)
from winterarc.curriculum.packing import zip_package
from winterarc.db import content_version as version
from winterarc.judge.packages import Package, PackageError, load_package
from winterarc.problems import repository as problems_repository
from winterarc.problems.packages import store_package
from winterarc.quizzes.models import Quiz, QuizQuestion, QuizTopic
from winterarc.roadmap.models import RoadmapSession, RoadmapTopic, RoadmapWeek


@dataclass
class SyncReport:
    topics: int = 0
    quizzes: int = 0
    problems_added: int = 0
    problems_updated: int = 0
    problems_unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.topics} topics, {self.quizzes} quizzes; problems: {self.problems_added} added, "
            f"{self.problems_updated} updated, {self.problems_unchanged} unchanged; "
            f"{len(self.errors)} errors"
        )


async def sync_content(session: AsyncSession, content_dir: Path) -> SyncReport:
    """Bring the database in line with the content directory; a bad package is reported."""
    roadmap_path = content_dir / "roadmap.yaml"
    if not roadmap_path.is_file():
        raise CurriculumError(f"{roadmap_path}: missing")
    roadmap = await anyio.to_thread.run_sync(load_roadmap, roadmap_path)
    topic_ids = set(roadmap.topic_ids())
    quizzes = await anyio.to_thread.run_sync(load_quizzes, content_dir / "quizzes", topic_ids)
    quiz_ids = {q.quiz.id for q in quizzes}
    for topic in (t for s in roadmap.sessions for w in s.weeks for t in w.topics):
        missing = sorted(set(topic.quizzes) - quiz_ids)
        if missing:
            raise CurriculumError(f"roadmap.yaml: topic {topic.id}: unknown quizzes {missing}")

    report = SyncReport(topics=len(topic_ids), quizzes=len(quizzes))
    await _sync_roadmap(session, roadmap)
    await _sync_quizzes(session, quizzes)
    await _sync_problems(session, content_dir / "problems", topic_ids, report)
    await version.bump(session)  # the roadmap and quizzes may have changed: every cache rebuilds
    return report


async def _sync_roadmap(session: AsyncSession, roadmap: RoadmapFile) -> None:
    sessions = [
        RoadmapSession(id=s.id, position=i, title=s.title, summary=s.summary)
        for i, s in enumerate(roadmap.sessions)
    ]
    weeks = [
        RoadmapWeek(
            id=w.id, session_id=s.id, position=i, label=w.label, title=w.title, summary=w.summary
        )
        for s in roadmap.sessions
        for i, w in enumerate(s.weeks)
    ]
    topics = [
        RoadmapTopic(
            id=t.id,
            week_id=w.id,
            position=i,
            title=t.title,
            summary=t.summary,
            objectives=list(t.objectives),
            key_concepts=list(t.key_concepts),
            references=[r.model_dump(exclude_none=True) for r in t.references],
        )
        for s in roadmap.sessions
        for w in s.weeks
        for i, t in enumerate(w.topics)
    ]
    # Level by level: without ORM relationships the flush does not order parents first.
    for level in (sessions, weeks, topics):
        for row in level:
            await session.merge(row)
        await session.flush()
    for model, rows in ((RoadmapTopic, topics), (RoadmapWeek, weeks), (RoadmapSession, sessions)):
        keep = [row.id for row in rows]
        await session.execute(delete(model).where(model.id.not_in(keep)))


async def _sync_quizzes(session: AsyncSession, quizzes: Sequence[LoadedQuiz]) -> None:
    existing = {q.id: q for q in await session.scalars(select(Quiz))}
    for loaded in quizzes:
        quiz = loaded.quiz
        current = existing.get(quiz.id)
        if current is not None and current.content_hash == loaded.content_hash:
            continue
        # Questions are replaced wholesale; attempts keep their recorded scores.
        await session.execute(delete(QuizQuestion).where(QuizQuestion.quiz_id == quiz.id))
        await session.execute(delete(QuizTopic).where(QuizTopic.quiz_id == quiz.id))
        await session.merge(Quiz(id=quiz.id, title=quiz.title, content_hash=loaded.content_hash))
        await session.flush()
        session.add_all(QuizTopic(quiz_id=quiz.id, topic_id=t) for t in quiz.topics)
        session.add_all(
            QuizQuestion(
                quiz_id=quiz.id,
                key=q.id,
                position=i,
                kind=q.kind,
                prompt=q.prompt,
                choices=[c.model_dump() for c in q.choices],
                answer=list(q.answer),
                explanation=q.explanation,
            )
            for i, q in enumerate(quiz.questions)
        )
    gone = set(existing) - {q.quiz.id for q in quizzes}
    if gone:
        await session.execute(delete(Quiz).where(Quiz.id.in_(gone)))
    await session.flush()


def _package_folders(problems_dir: Path) -> list[Path]:
    if not problems_dir.is_dir():
        return []
    return sorted(p for p in problems_dir.iterdir() if p.is_dir())


def _load(folder: Path, topic_ids: set[str]) -> Package:
    return load_package(folder, known_topics=topic_ids)


async def _sync_problems(
    session: AsyncSession, problems_dir: Path, topic_ids: set[str], report: SyncReport
) -> None:
    for folder in await anyio.to_thread.run_sync(_package_folders, problems_dir):
        try:
            package = await anyio.to_thread.run_sync(_load, folder, topic_ids)
        except PackageError as exc:
            report.errors.append(f"{folder.name}: {exc}")
            continue
        problem = await problems_repository.get_by_slug(session, package.slug)
        if problem is not None and problem.package_hash is None:
            report.errors.append(f"{folder.name}: slug taken by a problem created through the API")
            continue
        archive = None
        if problem is None or problem.package_hash != package.content_hash:
            archive = await anyio.to_thread.run_sync(zip_package, folder)
        outcome = await store_package(session, package, archive or b"", problem=problem)
        if outcome == "added":
            report.problems_added += 1
        elif outcome == "updated":
            report.problems_updated += 1
        else:
            report.problems_unchanged += 1
