"""All problem-catalogue queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, case, delete, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.problems.models import GiveUp, Problem, ProblemTag, Tag
from winterarc.problems.schemas import ProblemSort, SolveStatus
from winterarc.roadmap.models import ProblemTopic, RoadmapTopic
from winterarc.submissions.models import Submission


@dataclass(frozen=True, slots=True)
class ProblemFilters:
    difficulties: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    text: str | None = None
    status: SolveStatus | None = None
    topic: str | None = None
    week: str | None = None
    user_id: int | None = None
    sort: ProblemSort = ProblemSort.ID


@dataclass(frozen=True, slots=True)
class Labels:
    tags: list[str]
    patterns: list[str]


_DIFFICULTY_RANK = case(
    (Problem.difficulty == "easy", 0), (Problem.difficulty == "medium", 1), else_=2
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


def _submitted(user_id: int, *, accepted: bool) -> ColumnElement[bool]:
    query = select(Submission.id).where(
        Submission.user_id == user_id, Submission.problem_id == Problem.id
    )
    if accepted:
        query = query.where(Submission.verdict == "AC")
    return exists(query)


def filtered_problems(filters: ProblemFilters) -> Select[tuple[Problem]]:
    query = select(Problem)
    if filters.difficulties:
        query = query.where(Problem.difficulty.in_(filters.difficulties))
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
    if filters.week:
        query = query.where(
            Problem.id.in_(
                select(ProblemTopic.problem_id)
                .join(RoadmapTopic, RoadmapTopic.id == ProblemTopic.topic_id)
                .where(RoadmapTopic.week_id == filters.week)
            )
        )
    if filters.text:
        query = query.where(
            func.lower(Problem.title).contains(filters.text.lower(), autoescape=True)
        )
    if filters.status is not None and filters.user_id is not None:
        solved = _submitted(filters.user_id, accepted=True)
        tried = _submitted(filters.user_id, accepted=False)
        if filters.status is SolveStatus.SOLVED:
            query = query.where(solved)
        elif filters.status is SolveStatus.ATTEMPTED:
            query = query.where(tried, ~solved)
        else:
            query = query.where(~tried)
    return query


def ordered_problems(filters: ProblemFilters) -> Select[tuple[Problem]]:
    return filtered_problems(filters).order_by(*_ORDER[filters.sort])


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


async def statuses_for(
    session: AsyncSession, user_id: int, problem_ids: Sequence[int]
) -> dict[int, SolveStatus]:
    """solved / attempted / new for each problem, from the user's submissions."""
    if not problem_ids:
        return {}
    rows = await session.execute(
        select(
            Submission.problem_id,
            func.max(case((Submission.verdict == "AC", 1), else_=0)),
        )
        .where(Submission.user_id == user_id, Submission.problem_id.in_(problem_ids))
        .group_by(Submission.problem_id)
    )
    seen = {pid: SolveStatus.SOLVED if ac else SolveStatus.ATTEMPTED for pid, ac in rows}
    return {pid: seen.get(pid, SolveStatus.NEW) for pid in problem_ids}


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


async def solved_by_label(
    session: AsyncSession, user_id: int, kind: str
) -> list[tuple[str, int, int]]:
    """(label, problems the user solved, problems) for every tag or pattern, by label."""
    solved = (
        select(Submission.problem_id)
        .where(Submission.user_id == user_id, Submission.verdict == "AC")
        .distinct()
        .subquery()
    )
    rows = await session.execute(
        select(Tag.name, func.count(solved.c.problem_id), func.count(ProblemTag.problem_id))
        .join(ProblemTag, ProblemTag.tag_id == Tag.id)
        .outerjoin(solved, solved.c.problem_id == ProblemTag.problem_id)
        .where(Tag.kind == kind)
        .group_by(Tag.name)
        .order_by(Tag.name)
    )
    return [(name, int(done), int(total)) for name, done, total in rows]
