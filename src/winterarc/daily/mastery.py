"""Mastery: how well a learner holds a pattern or a topic, estimated from their submissions.

Each problem attempted contributes evidence. A solved problem credits its difficulty weight,
halved every HALF_LIFE_DAYS since its last accepted verdict; each failed verdict since then (or
ever, on an unsolved problem) takes away FAILURE_PENALTY of that weight, fading the same way.
The sum, never below zero, maps onto 0..1 by 1 - exp(-points / SCALE). docs/mastery.md."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from winterarc.daily.history import Attempt
from winterarc.roadmap.catalogue import ProblemInfo

WEIGHTS = {"easy": 1.0, "medium": 2.0, "hard": 3.0}
HALF_LIFE_DAYS = 45.0
FAILURE_PENALTY = 0.3
SCALE = 3.0
LEVELS = ((0.8, "strong"), (0.5, "practised"), (0.2, "learning"), (0.0, "new"))


@dataclass(frozen=True, slots=True)
class Evidence:
    slug: str
    title: str
    difficulty: str
    accepted: int
    failed: int
    last_verdict: str
    last_at: datetime
    days_ago: int


@dataclass(frozen=True, slots=True)
class Mastery:
    name: str
    score: float
    level: str
    accepted: int
    submissions: int
    evidence: list[Evidence]


def _fade(moment: datetime, now: datetime) -> float:
    age_days = max((now - moment).total_seconds(), 0.0) / 86400
    return float(0.5 ** (age_days / HALF_LIFE_DAYS))


def level_of(score: float) -> str:
    return next(name for floor, name in LEVELS if score >= floor)


def estimate(
    name: str, problems: Iterable[tuple[ProblemInfo, Sequence[Attempt]]], now: datetime
) -> Mastery:
    """The mastery of `name` from each problem's attempts (in any order)."""
    points = 0.0
    evidence: list[Evidence] = []
    accepted_total = submissions = 0
    for problem, unordered in problems:
        attempts = sorted(unordered, key=lambda a: a.at)
        if not attempts:
            continue
        weight = WEIGHTS.get(problem.difficulty, 1.0)
        accepted = [a for a in attempts if a.accepted]
        since = accepted[-1].at if accepted else None
        if since is not None:
            points += weight * _fade(since, now)
        for failure in attempts:
            if not failure.accepted and (since is None or failure.at > since):
                points -= FAILURE_PENALTY * weight * _fade(failure.at, now)
        accepted_total += len(accepted)
        submissions += len(attempts)
        last = attempts[-1]
        evidence.append(
            Evidence(
                slug=problem.slug,
                title=problem.title,
                difficulty=problem.difficulty,
                accepted=len(accepted),
                failed=len(attempts) - len(accepted),
                last_verdict=last.verdict,
                last_at=last.at,
                days_ago=max((now - last.at).days, 0),
            )
        )
    score = round(1.0 - math.exp(-max(points, 0.0) / SCALE), 4)
    evidence.sort(key=lambda e: e.last_at, reverse=True)
    return Mastery(name, score, level_of(score), accepted_total, submissions, evidence)
