"""All problem-catalogue queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.judge.packages import Difficulty
from winterarc.problems.models import GiveUp, Problem, ProblemPackage, ProblemTag, ProblemTopic, Tag
from winterarc.problems.schemas import ProblemSort


@dataclass(frozen=True, slots=True)
class ProblemFilters:
    """What the catalogue filters by. Conditions that need other domains come in ready-made:
    `week_topics` (the roadmap's topics of a week) and `where` (e.g. a learner's status)."""

    difficulties: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    text: str | None = None
    topic: str | None = None
    week_topics: tuple[str, ...] | None = None
    where: tuple[ColumnElement[bool], ...] = ()
    sort: ProblemSort = ProblemSort.ID
    # Sort keys from other domains (roadmap position, statistics): they replace `sort`'s.
    order: tuple[ColumnElement[Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Labels:
    tags: list[str]
    patterns: list[str]


_DIFFICULTY_RANK = case(
    {difficulty.value: rank for rank, difficulty in enumerate(Difficulty)}, value=Problem.difficulty
)
_ORDER = {
    ProblemSort.ID: (Problem.id,),
    ProblemSort.SLUG: (Problem.slug,),
    ProblemSort.SLUG_DESC: (Problem.slug.desc(),),
    ProblemSort.TITLE: (Problem.title, Problem.id),
    ProblemSort.TITLE_DESC: (Problem.title.desc(), Problem.id),
    ProblemSort.DIFFICULTY: (_DIFFICULTY_RANK, Problem.id),
    ProblemSort.DIFFICULTY_DESC: (_DIFFICULTY_RANK.desc(), Problem.id),
    ProblemSort.CREATED: (Problem.created_at, Problem.id),
    ProblemSort.CREATED_DESC: (Problem.created_at.desc(), Problem.id.desc()),
}


def _has_label(kind: str, name: str) -> ColumnElement[bool]:
    return Problem.id.in_(
        select(ProblemTag.problem_id)
        .join(Tag, Tag.id == ProblemTag.tag_id)
        .where(Tag.kind == kind, Tag.name == name)
    )


def filtered_problems(filters: ProblemFilters) -> Select[tuple[Problem]]:
    query = select(Problem)
    if filters.difficulties:
        query = query.where(Problem.difficulty.in_(filters.difficulties))
    if filters.types:
        query = query.where(Problem.type.in_(filters.types))
    for name in filters.tags:
        query = query.where(_has_label("tag", name))
    for name in filters.patterns:
        query = query.where(_has_label("pattern", name))
    if filters.topic:
        query = query.where(
            Problem.id.in_(
                select(ProblemTopic.problem_id).where(ProblemTopic.topic_id == filters.topic)
            )
        )
    if filters.week_topics is not None:
        query = query.where(
            Problem.id.in_(
                select(ProblemTopic.problem_id).where(
                    ProblemTopic.topic_id.in_(filters.week_topics)
                )
            )
        )
    if filters.text:
        query = query.where(
            func.lower(Problem.title).contains(filters.text.lower(), autoescape=True)
        )
    return query.where(*filters.where)


def ordered_problems(filters: ProblemFilters) -> Select[tuple[Problem]]:
    if filters.order:
        return filtered_problems(filters).order_by(*filters.order, Problem.id)
    return filtered_problems(filters).order_by(*_ORDER.get(filters.sort, (Problem.id,)))


async def list_problems(
    session: AsyncSession, filters: ProblemFilters, *, offset: int, limit: int
) -> tuple[Sequence[Problem], int]:
    query = filtered_problems(filters)
    total = await session.scalar(select(func.count()).select_from(query.subquery()))
    rows = await session.scalars(ordered_problems(filters).offset(offset).limit(limit))
    return rows.all(), int(total or 0)


async def labels_for(session: AsyncSession, problem_ids: Sequence[int]) -> dict[int, Labels]:
    """Tags and patterns of several problems in one query."""
    found: dict[int, Labels] = defaultdict(lambda: Labels([], []))
    if not problem_ids:
        return found
    rows = await session.execute(
        select(ProblemTag.problem_id, Tag.kind, Tag.name)
        .join(Tag, Tag.id == ProblemTag.tag_id)
        .where(ProblemTag.problem_id.in_(problem_ids))
        .order_by(Tag.name)
    )
    for problem_id, kind, name in rows:
        labels = found[problem_id]
        (labels.tags if kind == "tag" else labels.patterns).append(name)
    return found


async def get_by_slug(session: AsyncSession, slug: str) -> Problem | None:
    result = await session.execute(select(Problem).where(Problem.slug == slug))
    return result.scalar_one_or_none()


async def ensure_tags(session: AsyncSession, kind: str, names: Sequence[str]) -> list[Tag]:
    """The tags with these names, created where missing."""
    unique = sorted(set(names))
    if not unique:
        return []
    existing = {
        tag.name: tag
        for tag in await session.scalars(select(Tag).where(Tag.kind == kind, Tag.name.in_(unique)))
    }
    for name in unique:
        if name not in existing:
            existing[name] = Tag(kind=kind, name=name)
            session.add(existing[name])
    await session.flush()
    return [existing[name] for name in unique]


async def replace_labels(
    session: AsyncSession, problem: Problem, kind: str, names: Sequence[str]
) -> None:
    tags = await ensure_tags(session, kind, names)
    await session.execute(
        delete(ProblemTag).where(
            ProblemTag.problem_id == problem.id,
            ProblemTag.tag_id.in_(select(Tag.id).where(Tag.kind == kind)),
        )
    )
    session.add_all(ProblemTag(problem_id=problem.id, tag_id=tag.id) for tag in tags)
    await session.flush()


async def gave_up(session: AsyncSession, user_id: int, problem_id: int) -> bool:
    return await session.get(GiveUp, (user_id, problem_id)) is not None


async def record_give_up(session: AsyncSession, user_id: int, problem_id: int) -> None:
    if not await gave_up(session, user_id, problem_id):
        session.add(GiveUp(user_id=user_id, problem_id=problem_id))
        await session.flush()


async def label_names(session: AsyncSession) -> Labels:
    """Every tag and pattern used by at least one problem, for filter menus."""
    rows = await session.execute(
        select(Tag.kind, Tag.name)
        .where(Tag.id.in_(select(ProblemTag.tag_id)))
        .order_by(Tag.kind, Tag.name)
    )
    labels = Labels([], [])
    for kind, name in rows:
        (labels.tags if kind == "tag" else labels.patterns).append(name)
    return labels


async def package_archive(session: AsyncSession, problem_id: int) -> tuple[str, bytes] | None:
    """(content hash, zip) of the problem's package, if it has one."""
    row = (
        await session.execute(
            select(ProblemPackage.content_hash, ProblemPackage.archive).where(
                ProblemPackage.problem_id == problem_id
            )
        )
    ).first()
    return None if row is None else (row[0], row[1])
