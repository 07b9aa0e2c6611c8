"""The roadmap with each learner's progress: stated by the learner, or earned by practice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth import repository as accounts
from winterarc.auth.models import User
from winterarc.cohorts import schedule
from winterarc.db.base import utcnow
from winterarc.kit.clock import local_day
from winterarc.kit.errors import NotFound
from winterarc.problems.schemas import SolveStatus
from winterarc.quizzes.schemas import QuizSummary
from winterarc.quizzes.service import PASS_MARK
from winterarc.roadmap import catalogue, repository
from winterarc.roadmap.models import RoadmapTopic
from winterarc.roadmap.schemas import (
    Practice,
    ProgressStatus,
    Reference,
    RoadmapOut,
    SessionOut,
    TopicDetail,
    TopicProblem,
    TopicQuiz,
    TopicSummary,
    WeekOut,
)
from winterarc.submissions import progress
from winterarc.submissions.progress import Standing


@dataclass(frozen=True, slots=True)
class LearnerState:
    problems: Standing
    quiz_scores: dict[str, float]
    statuses: dict[str, str]


async def _learner_state(session: AsyncSession, user: User | None) -> LearnerState | None:
    if user is None:
        return None
    return LearnerState(
        problems=await progress.standing(session, user.id),
        quiz_scores=await repository.best_quiz_scores(session, user.id),
        statuses=await repository.progress_statuses(session, user.id),
    )


@dataclass(frozen=True, slots=True)
class _Progress:
    solved: int
    passed: int
    status: ProgressStatus | None
    completion: float | None


def _progress(
    topic_id: str, problem_ids: Sequence[int], quiz_ids: Sequence[str], state: LearnerState | None
) -> _Progress:
    """A topic's status and completion for the learner: stated by them, or earned."""
    if state is None:
        return _Progress(0, 0, None, None)
    solved = sum(p in state.problems.solved for p in problem_ids)
    passed = sum(state.quiz_scores.get(q, 0.0) >= PASS_MARK for q in quiz_ids)
    stated = state.statuses.get(topic_id)
    total = len(problem_ids) + len(quiz_ids)
    earned = (solved + passed) / total if total else 0.0
    touched = (
        earned > 0
        or any(p in state.problems.attempted for p in problem_ids)
        or any(q in state.quiz_scores for q in quiz_ids)
    )
    status: ProgressStatus
    if stated in ("done", "skipped"):
        status, completion = stated, 1.0  # type: ignore[assignment]
    elif total and earned == 1.0:
        status, completion = "done", 1.0
    elif touched or stated == "in_progress":
        status, completion = "in_progress", earned
    else:
        status, completion = "not_started", earned
    return _Progress(solved, passed, status, round(completion, 4))


def _summary(
    topic: catalogue.Topic | RoadmapTopic,
    problem_ids: Sequence[int],
    quiz_ids: Sequence[str],
    state: LearnerState | None,
) -> TopicSummary:
    """A topic's line in the roadmap: only its practice's ids are needed (the cached catalogue's,
    for the callers over the whole roadmap)."""
    found = _progress(topic.id, problem_ids, quiz_ids, state)
    return TopicSummary(
        id=topic.id,
        title=topic.title,
        summary=topic.summary,
        status=found.status,
        completion=found.completion,
        practice=Practice(
            problems_total=len(problem_ids),
            problems_solved=found.solved,
            quizzes_total=len(quiz_ids),
            quizzes_passed=found.passed,
        ),
    )


def _practice_ids(found: catalogue.Catalogue, topic_id: str) -> tuple[list[int], list[str]]:
    """The ids of a topic's problems and quizzes."""
    return [p.id for p in found.problems_of(topic_id)], [q.id for q in found.quizzes_of(topic_id)]


def _week_completion(summaries: Sequence[TopicSummary | _Progress]) -> float:
    """A week's completion: the mean of its topics' (0 for a week without topics)."""
    done = [t.completion or 0.0 for t in summaries]
    return round(sum(done) / len(done), 4) if done else 0.0


async def week_completions(
    session: AsyncSession, user_ids: Sequence[int]
) -> dict[int, dict[str, float]]:
    """Each learner's completion of every roadmap week, as `roadmap` computes it, for many
    learners at once (a cohort's dashboard): the structure is read once and each kind of
    progress in one query for all of them."""
    outline = await catalogue.current(session)
    weeks, topics = outline.weeks, outline.topics
    practice = {topic.id: _practice_ids(outline, topic.id) for topic in topics}
    standings = await progress.standings(session, user_ids)
    scores = await repository.best_quiz_scores_of(session, user_ids)
    statuses = await repository.progress_statuses_of(session, user_ids)
    found: dict[int, dict[str, float]] = {}
    for uid in user_ids:
        state = LearnerState(standings[uid], scores[uid], statuses[uid])
        topics_of: dict[str, list[TopicSummary]] = {w.id: [] for w in weeks}
        for topic in topics:
            topics_of[topic.week_id].append(_summary(topic, *practice[topic.id], state))
        found[uid] = {w.id: _week_completion(topics_of[w.id]) for w in weeks}
    return found


async def learner_day(session: AsyncSession, user: User | None, now: datetime) -> date:
    """The day a cohort schedule is read on: the learner's local day (their time zone setting),
    as for their drill, so every page shows the same current week; UTC's for a visitor."""
    if user is None:
        return now.astimezone(UTC).date()
    return local_day(now, ZoneInfo(await accounts.time_zone_of(session, user.id)))


async def roadmap(
    session: AsyncSession, user: User | None, *, today: date | None = None
) -> RoadmapOut:
    """Sessions, weeks and topics, with the learner's progress when logged in.

    This is the one place a learner's current week is decided: their cohort's schedule when
    they are in a cohort that has started, else the first week they have not completed."""
    found = await catalogue.current(session)
    sessions, weeks = found.sessions, found.weeks
    state = await _learner_state(session, user)
    topics_of: dict[str, list[TopicSummary]] = {w.id: [] for w in weeks}
    for topic in found.topics:
        topics_of[topic.week_id].append(_summary(topic, *_practice_ids(found, topic.id), state))
    week_out: dict[str, list[WeekOut]] = {s.id: [] for s in sessions}
    names = {s.id: f"Session {number}" for number, s in enumerate(sessions, start=1)}
    current_week = None
    for week in weeks:
        summaries = topics_of[week.id]
        completion = None
        if state is not None:
            completion = _week_completion(summaries)
            if current_week is None and completion < 1.0:
                current_week = week.id
        week_out[week.session_id].append(
            WeekOut(
                id=week.id,
                label=week.label,
                session=names[week.session_id],
                title=week.title,
                summary=week.summary,
                completion=completion,
                topics=summaries,
            )
        )
    if user is not None:
        current_week = await _scheduled(session, user, today, [w.id for w in weeks], current_week)
    return RoadmapOut(
        sessions=[
            SessionOut(
                id=s.id, name=names[s.id], title=s.title, summary=s.summary, weeks=week_out[s.id]
            )
            for s in sessions
        ],
        current_week=current_week,
    )


async def _scheduled(
    session: AsyncSession,
    user: User,
    today: date | None,
    week_ids: Sequence[str],
    by_progress: str | None,
) -> str | None:
    """The current week: the cohort's scheduled one when there is one, else `by_progress`."""
    scheduled = await schedule.current_week_of(session, user.id, today or utcnow().date(), week_ids)
    return scheduled or by_progress


@dataclass(frozen=True, slots=True)
class WeekProblem:
    slug: str
    title: str
    difficulty: str
    status: SolveStatus


@dataclass(frozen=True, slots=True)
class WeekQuiz:
    id: str
    title: str
    passed: bool


@dataclass(frozen=True, slots=True)
class WeekTopic:
    id: str
    title: str
    problems: list[WeekProblem]
    quizzes: list[WeekQuiz]


@dataclass(frozen=True, slots=True)
class CurrentWeek:
    id: str
    session: str  # "Session 1", as `roadmap` names it
    label: str
    topics: list[WeekTopic]


async def current_week(
    session: AsyncSession, user: User, *, today: date | None = None
) -> CurrentWeek | None:
    """The learner's current week, decided as `roadmap` decides it, with its topics' problems
    and quizzes and the learner's results on them, as `topic` gives them. For the daily drill's
    new work: the cached catalogue and the learner's results, no texts (statements, topic
    objectives), where a `topic` per topic of the week would read them all."""
    found = await catalogue.current(session)
    state = await _learner_state(session, user)
    assert state is not None
    topics_of: dict[str, list[catalogue.Topic]] = {week.id: [] for week in found.weeks}
    for topic in found.topics:
        topics_of[topic.week_id].append(topic)
    by_progress = None
    for week in found.weeks:
        progress = [_progress(t.id, *_practice_ids(found, t.id), state) for t in topics_of[week.id]]
        if _week_completion(progress) < 1.0:
            by_progress = week.id
            break
    week_ids = [week.id for week in found.weeks]
    chosen = await _scheduled(session, user, today, week_ids, by_progress)
    current = next((w for w in found.weeks if w.id == chosen), None)
    if current is None:
        return None
    names = {s.id: f"Session {number}" for number, s in enumerate(found.sessions, start=1)}
    return CurrentWeek(
        id=current.id,
        session=names[current.session_id],
        label=current.label,
        topics=[
            WeekTopic(
                id=topic.id,
                title=topic.title,
                problems=[
                    WeekProblem(p.slug, p.title, p.difficulty, state.problems.status(p.id))
                    for p in found.problems_of(topic.id)
                ],
                quizzes=[
                    WeekQuiz(q.id, q.title, state.quiz_scores.get(q.id, 0.0) >= PASS_MARK)
                    for q in found.quizzes_of(topic.id)
                ],
            )
            for topic in topics_of[current.id]
        ],
    )


async def topic(session: AsyncSession, topic_id: str, user: User | None) -> TopicDetail:
    """One topic: objectives, references and its practice with the learner's results."""
    found = await repository.get_topic(session, topic_id)
    if found is None:
        raise NotFound(f"No roadmap topic {topic_id!r}.")
    problems = (await repository.problems_by_topic(session, [topic_id]))[topic_id]
    quizzes = (await repository.quizzes_by_topic(session, [topic_id]))[topic_id]
    state = await _learner_state(session, user)
    summary = _summary(found, [p.id for p in problems], [q.id for q in quizzes], state)

    return TopicDetail(
        **summary.model_dump(),
        week_id=found.week_id,
        objectives=found.objectives,
        key_concepts=found.key_concepts,
        references=[Reference.model_validate(r) for r in found.references],
        problems=[
            TopicProblem(
                slug=p.slug,
                title=p.title,
                difficulty=p.difficulty,
                status=state.problems.status(p.id) if state else None,
            )
            for p in problems
        ],
        quizzes=[
            TopicQuiz(
                id=q.id,
                title=q.title,
                best_score=state.quiz_scores.get(q.id) if state else None,
                passed=(state.quiz_scores.get(q.id, 0.0) >= PASS_MARK) if state else None,
            )
            for q in quizzes
        ],
    )


async def set_progress(
    session: AsyncSession, user: User, topic_id: str, status: ProgressStatus
) -> TopicDetail:
    """Record the learner's own status for a topic."""
    if await repository.get_topic(session, topic_id) is None:
        raise NotFound(f"No roadmap topic {topic_id!r}.")
    await repository.set_progress(session, user.id, topic_id, status)
    return await topic(session, topic_id, user)


@dataclass(frozen=True, slots=True)
class QuizWeek:
    """The quizzes of one roadmap week (`id` None: quizzes on no roadmap topic)."""

    id: str | None
    heading: str
    quizzes: list[QuizSummary]


async def quizzes_by_week(session: AsyncSession, quizzes: Sequence[QuizSummary]) -> list[QuizWeek]:
    """Quizzes grouped under the roadmap week of their first topic, in roadmap order."""
    outline = await catalogue.current(session)
    sessions, weeks, topics = outline.sessions, outline.weeks, outline.topics
    names = {s.id: f"Session {number}" for number, s in enumerate(sessions, start=1)}
    week_order = {w.id: i for i, w in enumerate(weeks)}
    topic_order = {
        t.id: (week_order.get(t.week_id, len(weeks)), t.position, t.week_id) for t in topics
    }
    grouped: dict[str | None, list[tuple[tuple[int, int], QuizSummary]]] = {}
    for quiz in quizzes:
        places = sorted(topic_order[t] for t in quiz.topics if t in topic_order)
        week_id = places[0][2] if places else None
        key = places[0][:2] if places else (len(weeks), 0)
        grouped.setdefault(week_id, []).append((key, quiz))
    found = [
        QuizWeek(
            w.id,
            f"{names[w.session_id]} · {w.label} · {w.title}",
            [quiz for _, quiz in sorted(grouped[w.id], key=lambda pair: pair[0])],
        )
        for w in weeks
        if w.id in grouped
    ]
    if None in grouped:
        found.append(QuizWeek(None, "Other quizzes", [quiz for _, quiz in grouped[None]]))
    return found


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """The roadmap's weeks and topics as the catalogue's filter menus: (id, label) pairs."""

    weeks: list[tuple[str, str]]
    topics: list[tuple[str, str]]


async def filter_choices(session: AsyncSession) -> FilterChoices:
    """Weeks ("Session 1 · Week 3-4: title") and topics, in roadmap order."""
    weeks, topics = await repository.menu_rows(session)
    numbers = {position: n for n, position in enumerate(sorted({w[1] for w in weeks}), start=1)}
    return FilterChoices(
        weeks=[
            (wid, f"Session {numbers[pos]} · {label}: {title}") for wid, pos, label, title in weeks
        ],
        topics=topics,
    )
