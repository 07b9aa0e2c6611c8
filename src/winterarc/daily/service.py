"""Today's drill, reviews, streaks, activity and mastery. Every function takes the time from a
`Clock` (never the system clock): the learner's day is the clock's instant in their time zone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.auth.models import User
from winterarc.daily import repository
from winterarc.daily.clock import Clock, day_bounds, local_day
from winterarc.daily.history import Attempt, Lapse
from winterarc.daily.mastery import Mastery, estimate
from winterarc.daily.models import DEFAULT_DRILL_SIZE, DEFAULT_TIME_ZONE, DailyDrill
from winterarc.daily.patterns import family_of
from winterarc.daily.reviews import ReviewState, replay
from winterarc.daily.streaks import (
    StreakRecord,
    current_streak,
    longest_streak,
    streak_record,
)
from winterarc.kit.errors import InvalidInput, NotFound
from winterarc.kit.time_zones import is_time_zone
from winterarc.quizzes.service import PASS_MARK
from winterarc.roadmap import catalogue
from winterarc.roadmap import service as roadmap_service
from winterarc.roadmap.catalogue import ProblemInfo

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
WEAK_BELOW = 0.8  # a pattern at or above this mastery is not drilled as weak
HEATMAP_DAYS = 371  # 53 weeks: a year, drawn as whole weeks


def zone_named(name: str) -> ZoneInfo:
    """An IANA time zone, or a clear 422."""
    if not is_time_zone(name):
        raise InvalidInput(f"time_zone: {name[:64]!r} is not an IANA time zone (e.g. Europe/Paris)")
    return ZoneInfo(name)


@dataclass(frozen=True, slots=True)
class DaySettings:
    time_zone: str
    drill_size: int

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


async def settings(session: AsyncSession, user_id: int) -> DaySettings:
    row = (await repository.settings_of(session, [user_id])).get(user_id)
    if row is None:
        return DaySettings(DEFAULT_TIME_ZONE, DEFAULT_DRILL_SIZE)
    return DaySettings(row.time_zone, row.drill_size)


async def update_settings(
    session: AsyncSession, user_id: int, *, time_zone: str | None, drill_size: int | None
) -> DaySettings:
    """Change the time zone (validated here too: the sign-up form reaches it without a schema)."""
    if time_zone is not None:
        zone_named(time_zone)
    row = await repository.save_settings(
        session, user_id, time_zone=time_zone, drill_size=drill_size
    )
    if time_zone is not None:  # a drill item counts within the local day: the days move
        await refresh_streak(session, user_id)
    return DaySettings(row.time_zone, row.drill_size)


# --- the drill -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DrillItem:
    kind: str  # "new" | "review" | "weak"
    target: str  # "problem" | "quiz"
    ref: str  # problem slug or quiz id
    title: str
    difficulty: str | None
    reason: str
    status: str  # "open" | "completed" | "given_up"

    @property
    def href(self) -> str:
        return f"/problems/{self.ref}" if self.target == "problem" else f"/quizzes/{self.ref}"


@dataclass(frozen=True, slots=True)
class Drill:
    day: date
    time_zone: str
    items: list[DrillItem]
    created: bool  # built by this call: the first look at a new day

    @property
    def completed(self) -> int:
        return sum(item.status == "completed" for item in self.items)

    @property
    def next_item(self) -> DrillItem | None:
        return next((i for i in self.items if i.status == "open"), None)


def _ago(moment: datetime, now: datetime) -> str:
    days = (now - moment).days
    return "today" if days <= 0 else ("yesterday" if days == 1 else f"{days} days ago")


async def _new_work(session: AsyncSession, user: User, today: date) -> list[dict[str, Any]]:
    """The current week's unsolved problems (labs included), easiest first, and its quizzes not
    passed yet, second in line. The week comes from the roadmap service, nowhere else."""
    week = await roadmap_service.current_week(session, user, today=today)
    if week is None:
        return []
    where = f"{week.session} · {week.label}"  # "Session 1 · Week 1-2", as the roadmap names it
    problems: list[tuple[int, int, int, dict[str, Any]]] = []
    quizzes: list[dict[str, Any]] = []
    for position, topic in enumerate(week.topics):
        for index, problem in enumerate(topic.problems):
            if problem.status != "solved":
                rank = DIFFICULTY_ORDER.get(problem.difficulty, 3)
                item = {
                    "kind": "new",
                    "target": "problem",
                    "ref": problem.slug,
                    "title": problem.title,
                    "difficulty": problem.difficulty,
                    # No difficulty here: the pages show the field's badge, or hide it.
                    "reason": f"new: {where} · {topic.title}",
                }
                problems.append((rank, position, index, item))
        for quiz in topic.quizzes:
            if not quiz.passed and all(q["ref"] != quiz.id for q in quizzes):
                quizzes.append(
                    {
                        "kind": "new",
                        "target": "quiz",
                        "ref": quiz.id,
                        "title": quiz.title,
                        "difficulty": None,
                        "reason": f"new: this week's quiz ({where} · {topic.title})",
                    }
                )
    ordered = [item for *_, item in sorted(problems, key=lambda p: p[:3])]
    return ordered[:1] + quizzes + ordered[1:]


def _due_reviews(
    states: dict[int, ReviewState],
    problems: Mapping[int, ProblemInfo],
    day_start: datetime,
    day_end: datetime,
    now: datetime,
) -> list[dict[str, Any]]:
    """Cards due by the end of the local day, reviewed before it began; most overdue first."""
    due = sorted(
        (s for s in states.values() if s.due < day_end and s.last_review < day_start),
        key=lambda s: s.due,
    )
    items = []
    for state in due:
        problem = problems.get(state.problem_id)
        if problem is None:
            continue
        if state.last_solved is not None:
            reason = f"review: last solved {_ago(state.last_solved, now)}"
        else:
            reason = f"review: last tried {_ago(state.last_review, now)}, not solved yet"
        items.append(
            {
                "kind": "review",
                "target": "problem",
                "ref": problem.slug,
                "title": problem.title,
                "difficulty": problem.difficulty,
                "reason": reason,
            }
        )
    return items


def _by_family(
    problems: Mapping[int, ProblemInfo], attempts: Sequence[Attempt]
) -> dict[str, list[tuple[ProblemInfo, list[Attempt]]]]:
    of_problem: dict[int, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        of_problem[attempt.problem_id].append(attempt)
    families: dict[str, list[tuple[ProblemInfo, list[Attempt]]]] = defaultdict(list)
    for problem in problems.values():
        for family in sorted({family_of(p) for p in problem.patterns}):
            families[family].append((problem, of_problem.get(problem.id, [])))
    return families


def _weak_work(
    families: dict[str, list[tuple[ProblemInfo, list[Attempt]]]], now: datetime
) -> list[dict[str, Any]]:
    """For the weakest practised patterns, their easiest unsolved problem (else the solved one
    practised longest ago)."""
    practised = [
        estimate(name, members, now)
        for name, members in families.items()
        if any(attempts for _, attempts in members)
    ]
    items = []
    for mastery in sorted(practised, key=lambda m: (m.score, m.name)):
        if mastery.score >= WEAK_BELOW:
            break
        name = mastery.name
        unsolved = [
            (DIFFICULTY_ORDER.get(p.difficulty, 3), p.id, p)
            for p, attempts in families[name]
            if not any(a.accepted for a in attempts)
        ]
        if unsolved:
            problem = min(unsolved, key=lambda u: u[:2])[2]
        else:
            problem = min(families[name], key=lambda m: max((a.at for a in m[1]), default=now))[0]
        items.append(
            {
                "kind": "weak",
                "target": "problem",
                "ref": problem.slug,
                "title": problem.title,
                "difficulty": problem.difficulty,
                "reason": (
                    f"weak pattern: {name}, {mastery.accepted} of {mastery.submissions} accepted"
                ),
            }
        )
    return items


def _mix(queues: list[list[dict[str, Any]]], size: int) -> list[dict[str, Any]]:
    """Take in turn from new work, reviews and weak patterns, skipping repeats, up to `size`."""
    chosen: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    cursors = [iter(q) for q in queues]
    live = list(range(len(cursors)))
    while len(chosen) < size and live:
        for index in list(live):
            if len(chosen) >= size:
                break
            for item in cursors[index]:
                key = (item["target"], item["ref"])
                if key not in seen:
                    seen.add(key)
                    chosen.append(item)
                    break
            else:
                live.remove(index)
    return chosen


async def _build_items(
    session: AsyncSession,
    user: User,
    day: DaySettings,
    today: date,
    now: datetime,
    lapses: Sequence[Lapse],
) -> list[dict[str, Any]]:
    zone = day.zone
    attempts = (await repository.attempts(session, [user.id])).get(user.id, [])
    problems = (await catalogue.current(session)).problems
    states = replay(attempts, lapses, zone)
    start, end = day_bounds(today, zone)
    reviews = _due_reviews(states, problems, start, end, now)
    new = await _new_work(session, user, today)
    # A problem that is due or new this week is drilled as such, not as weak-pattern work.
    taken = {item["ref"] for item in reviews + new}
    weak = [w for w in _weak_work(_by_family(problems, attempts), now) if w["ref"] not in taken]
    return _mix([new, reviews, weak], day.drill_size)


def _item_statuses(
    drill: DailyDrill,
    zone: ZoneInfo,
    accepted: Sequence[Attempt],
    passes: Sequence[tuple[str, datetime]],
    lapses_on_day: set[int],
    slugs: dict[str, int],
) -> list[str]:
    start, end = day_bounds(drill.day, zone)
    solved = {a.problem_id for a in accepted if a.accepted and start <= a.at < end}
    passed = {quiz for quiz, at in passes if start <= at < end}
    statuses = []
    for item in drill.items:
        if item["target"] == "quiz":
            done = item["ref"] in passed
            gave_up = False
        else:
            problem_id = slugs.get(item["ref"], -1)
            done = problem_id in solved
            gave_up = problem_id in lapses_on_day
        statuses.append("completed" if done else ("given_up" if gave_up else "open"))
    return statuses


def _problem_slugs(drills: Sequence[DailyDrill]) -> list[str]:
    return sorted({i["ref"] for d in drills for i in d.items if i["target"] == "problem"})


async def today(session: AsyncSession, user: User, clock: Clock) -> Drill:
    """The learner's drill for their current local day, built and stored on the first look."""
    now = clock()
    day = await settings(session, user.id)
    zone = day.zone
    today_ = local_day(now, zone)
    drill = await repository.get_drill(session, user.id, today_)
    lapses = await repository.lapses(session, user.id)  # for building, and items given up
    created = False
    if drill is None:
        items = await _build_items(session, user, day, today_, now, lapses)
        drill, created = await repository.add_drill(session, user.id, today_, items, now)
        if created:
            # Locked before reading what is done: a verdict stored meanwhile is seen below, or
            # its own streak refresh sees this drill (repository.lock_streaks).
            await repository.lock_streaks(session, [user.id])
    start, end = day_bounds(today_, zone)
    accepted = (
        await repository.attempts(
            session, [user.id], since=start - timedelta(days=1), accepted_only=True
        )
    ).get(user.id, [])
    passes = (await repository.quiz_passes(session, [user.id], PASS_MARK, since=start)).get(
        user.id, []
    )
    lapsed = {lapse.problem_id for lapse in lapses if start <= lapse.at < end}
    slugs = await repository.ids_by_slug(session, _problem_slugs([drill]))
    statuses = _item_statuses(drill, zone, accepted, passes, lapsed, slugs)
    if created and "completed" in statuses:  # solved before the first look: an active day
        await refresh_streak(session, user.id)
    return Drill(
        day=today_,
        time_zone=day.time_zone,
        items=[
            DrillItem(
                kind=item["kind"],
                target=item["target"],
                ref=item["ref"],
                title=item["title"],
                difficulty=item.get("difficulty"),
                reason=item["reason"],
                status=status,
            )
            for item, status in zip(drill.items, statuses, strict=True)
        ],
        created=created,
    )


async def give_up(session: AsyncSession, user: User, slug: str, clock: Clock) -> Drill:
    """Give up on a problem of today's drill: a lapse (FSRS "Again") in its review schedule."""
    drill = await today(session, user, clock)
    if not any(i.target == "problem" and i.ref == slug for i in drill.items):
        raise NotFound(f"Problem {slug!r} is not in today's drill.")
    problem_id = await repository.problem_id_of(session, slug)
    if problem_id is None:
        raise NotFound(f"No problem {slug!r}.")
    await repository.add_lapse(session, user.id, problem_id, clock())
    return await today(session, user, clock)


# --- activity and streaks --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Activity:
    today: date
    current_streak: int
    longest_streak: int
    days: dict[date, int]  # local day -> drill items completed (active days only)


async def _activity_by_user(
    session: AsyncSession, user_ids: Sequence[int], now: datetime, since: date | None
) -> dict[int, tuple[date, dict[date, int]]]:
    zones, counts = await _active_days(session, user_ids, since)
    return {uid: (local_day(now, zones[uid]), counts.get(uid, {})) for uid in user_ids}


async def _active_days(
    session: AsyncSession, user_ids: Sequence[int], since: date | None
) -> tuple[dict[int, ZoneInfo], dict[int, dict[date, int]]]:
    """Each learner's time zone, and their active local days with the items completed."""
    rows = await repository.settings_of(session, user_ids)
    zones = {
        uid: ZoneInfo(rows[uid].time_zone) if uid in rows else ZoneInfo(DEFAULT_TIME_ZONE)
        for uid in user_ids
    }
    drills = await repository.drills(session, user_ids, since)
    first = min((d.day for d in drills), default=None)
    if first is None:
        return zones, {}
    window = day_bounds(first, ZoneInfo("Etc/GMT-14"))[0]  # the earliest any zone's day starts
    accepted = await repository.attempts(
        session, user_ids, since=window - timedelta(days=1), accepted_only=True
    )
    passes = await repository.quiz_passes(session, user_ids, PASS_MARK, since=window)
    slugs = await repository.ids_by_slug(session, _problem_slugs(drills))
    counts: dict[int, dict[date, int]] = defaultdict(dict)
    for drill in drills:
        zone = zones[drill.user_id]
        statuses = _item_statuses(
            drill,
            zone,
            accepted.get(drill.user_id, []),
            passes.get(drill.user_id, []),
            set(),
            slugs,
        )
        done = statuses.count("completed")
        if done:
            counts[drill.user_id][drill.day] = done
    return zones, counts


async def streaks_now(
    session: AsyncSession, user_ids: Sequence[int], now: datetime
) -> dict[int, tuple[int, int]]:
    """(current, longest) streak of each of these learners from the stored rows
    (learner_streaks), the current one read on their own local day at `now`; a learner
    without a row has none. One query: for boards and dashboards of many learners."""
    found = await repository.stored_streaks(session, user_ids)
    out = {}
    for user_id in user_ids:
        record, zone = found.get(user_id, (StreakRecord(0, 0, None), DEFAULT_TIME_ZONE))
        out[user_id] = (record.current_at(now, zone), record.longest)
    return out


async def refresh_streak(session: AsyncSession, user_id: int) -> None:
    """Recompute the learner's stored streak (learner_streaks) from their history, in the
    caller's transaction: called wherever it can change (a drill built, an accepted verdict,
    a quiz passed, a new time zone, a re-judge), so boards read the row and agree with /me."""
    await refresh_streaks(session, [user_id])


async def refresh_streaks(session: AsyncSession, user_ids: Sequence[int]) -> None:
    """refresh_streak for many learners in one pass over their histories."""
    ids = sorted(set(user_ids))
    if not ids:
        return
    await repository.lock_streaks(session, ids)  # before reading: see repository
    zones, counts = await _active_days(session, ids, None)
    for user_id in ids:
        record = streak_record(counts.get(user_id, {}))
        await repository.save_streak(session, user_id, record, zones[user_id])


async def activity(session: AsyncSession, user: User, clock: Clock) -> Activity:
    """Streaks and the active days of the learner's history."""
    today_, days = (await _activity_by_user(session, [user.id], clock(), None))[user.id]
    return Activity(today_, current_streak(set(days), today_), longest_streak(days), days)


@dataclass(frozen=True, slots=True)
class HeatCell:
    day: date
    count: int
    level: int  # 0..4
    label: str


def heatmap(activity_: Activity) -> list[list[HeatCell]]:
    """A year of days as weeks (columns, Monday first), ending with the current week."""
    end = activity_.today + timedelta(days=6 - activity_.today.weekday())
    start = end - timedelta(days=HEATMAP_DAYS - 1)
    weeks: list[list[HeatCell]] = []
    for offset in range(HEATMAP_DAYS):
        day = start + timedelta(days=offset)
        if offset % 7 == 0:
            weeks.append([])
        count = activity_.days.get(day, 0) if day <= activity_.today else 0
        level = min(4, count)  # 1, 2, 3, 4 or more items
        noun = "drill item" if count == 1 else "drill items"
        label = f"{day:%a %d %b %Y}: " + (f"{count} {noun} completed" if count else "no activity")
        if day > activity_.today:
            label = f"{day:%a %d %b %Y}: still to come"
            level = -1
        weeks[-1].append(HeatCell(day, count, level, label))
    return weeks


# --- mastery ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MasteryReport:
    patterns: list[Mastery]
    topics: dict[str, Mastery]  # by roadmap topic id


async def mastery(session: AsyncSession, user: User, clock: Clock) -> MasteryReport:
    """Mastery per pattern family and per roadmap topic, weakest pattern first."""
    now = clock()
    attempts = (await repository.attempts(session, [user.id])).get(user.id, [])
    if not attempts:
        return MasteryReport([], {})
    attempted = {a.problem_id for a in attempts}
    found = await catalogue.current(session)
    # Evidence is only what was tried.
    problems = {pid: p for pid, p in found.problems.items() if pid in attempted}
    families = _by_family(problems, attempts)
    patterns = [estimate(name, members, now) for name, members in families.items()]
    patterns.sort(key=lambda m: (m.score, m.name))
    of_problem: dict[int, list[Attempt]] = defaultdict(list)
    for attempt in attempts:
        of_problem[attempt.problem_id].append(attempt)
    topics = {
        topic_id: estimate(topic_id, [(p, of_problem[p.id]) for p in tried], now)
        for topic_id, on_topic in found.topic_problems.items()
        if (tried := [p for p in on_topic if p.id in attempted])
    }
    return MasteryReport(patterns, topics)
