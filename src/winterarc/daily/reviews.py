"""Spaced repetition of solved problems with FSRS.

Cards are not stored: each card is replayed from the learner's submissions and give-ups, so it
can never drift from the history. Replaying must give the same due date every time, hence
fuzzing is off. A review is a (problem, local day): all attempts on a problem in one day of the
learner's make one review, rated by `rate` (docs/daily.md has the table)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from fsrs import Card, Rating, Scheduler

from winterarc.daily.clock import local_day
from winterarc.daily.history import Attempt, Lapse

# No intra-day learning steps: a problem is practised at most once a day, so the first review
# goes straight to a days-long interval.
SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
SLOW_SOLVE = timedelta(minutes=30)
MANY_FAILURES = 3


def rate(attempts: list[Attempt], gave_up: bool, reviewed_before: bool) -> Rating:
    """One day's attempts on one problem, in time order, as an FSRS rating."""
    first_ac = next((i for i, a in enumerate(attempts) if a.accepted), None)
    if gave_up or first_ac is None:
        return Rating.Again
    failures = first_ac
    taken = attempts[first_ac].at - attempts[0].at
    if failures >= MANY_FAILURES or taken > SLOW_SOLVE:
        return Rating.Hard
    if failures == 0 and reviewed_before:
        return Rating.Easy
    return Rating.Good


@dataclass(frozen=True, slots=True)
class ReviewState:
    problem_id: int
    card: Card
    reviews: int
    last_review: datetime
    last_solved: datetime | None
    last_rating: Rating

    @property
    def due(self) -> datetime:
        due: datetime = self.card.due
        return due


def replay(
    attempts: Iterable[Attempt], lapses: Iterable[Lapse], zone: ZoneInfo
) -> dict[int, ReviewState]:
    """Every problem's card after replaying its history, by problem id."""
    days: dict[tuple[int, date], list[Attempt]] = defaultdict(list)
    gave_up: dict[tuple[int, date], datetime] = {}
    for attempt in attempts:
        days[(attempt.problem_id, local_day(attempt.at, zone))].append(attempt)
    for lapse in lapses:
        key = (lapse.problem_id, local_day(lapse.at, zone))
        gave_up[key] = max(lapse.at, gave_up.get(key, lapse.at))
        days.setdefault(key, [])
    states: dict[int, ReviewState] = {}
    for problem_id, day in sorted(days):
        todays = sorted(days[(problem_id, day)], key=lambda a: a.at)
        previous = states.get(problem_id)
        lapse_at = gave_up.get((problem_id, day))
        rating = rate(todays, lapse_at is not None, previous is not None)
        accepted = [a.at for a in todays if a.accepted]
        moments = [a.at for a in todays] + ([lapse_at] if lapse_at else [])
        at = accepted[0] if accepted and lapse_at is None else max(moments)
        card = previous.card if previous else Card(card_id=problem_id)
        card, _ = SCHEDULER.review_card(card, rating, review_datetime=at)
        last_solved = accepted[-1] if accepted else (previous.last_solved if previous else None)
        states[problem_id] = ReviewState(
            problem_id=problem_id,
            card=card,
            reviews=(previous.reviews if previous else 0) + 1,
            last_review=at,
            last_solved=last_solved,
            last_rating=rating,
        )
    return states
