"""learner streaks: each learner's current and longest streak, stored for the leaderboards

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from winterarc.daily.history import Attempt
from winterarc.daily.models import DEFAULT_TIME_ZONE, DailyDrill
from winterarc.daily.service import _item_statuses
from winterarc.daily.streaks import alive_until, streak_record
from winterarc.db.base import UTCDateTime
from winterarc.quizzes.service import PASS_MARK

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 500  # learners backfilled per round of queries

_drills = sa.table(
    "daily_drills",
    sa.column("user_id", sa.Integer()),
    sa.column("day", sa.Date()),
    sa.column("items", sa.JSON()),
)
_settings = sa.table(
    "learner_settings", sa.column("user_id", sa.Integer()), sa.column("time_zone", sa.String())
)
_submissions = sa.table(
    "submissions",
    sa.column("user_id", sa.Integer()),
    sa.column("problem_id", sa.Integer()),
    sa.column("status", sa.String()),
    sa.column("verdict", sa.String()),
    sa.column("judged_at", UTCDateTime()),
    sa.column("created_at", UTCDateTime()),
)
_quiz_attempts = sa.table(
    "quiz_attempts",
    sa.column("user_id", sa.Integer()),
    sa.column("quiz_id", sa.String()),
    sa.column("correct", sa.Integer()),
    sa.column("total", sa.Integer()),
    sa.column("created_at", UTCDateTime()),
)
_problems = sa.table("problems", sa.column("id", sa.Integer()), sa.column("slug", sa.String()))


def upgrade() -> None:
    streaks = op.create_table(
        "learner_streaks",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("current", sa.Integer(), nullable=False),
        sa.Column("longest", sa.Integer(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("alive_until", UTCDateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_learner_streaks_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_learner_streaks")),
    )
    op.create_index("ix_learner_streaks_alive_until", "learner_streaks", ["alive_until"])
    op.create_index("ix_learner_streaks_longest", "learner_streaks", ["longest", "user_id"])
    _backfill(streaks)


def _backfill(streaks: sa.Table) -> None:
    """Every learner with a drill gets the streaks /me computes from their history, with the
    same code (daily.service): which drill items were completed, then the runs of days."""
    connection = op.get_bind()
    slugs = {slug: pid for pid, slug in connection.execute(sa.select(_problems))}
    learners = list(connection.scalars(sa.select(_drills.c.user_id).distinct()))
    now = datetime.now(UTC)
    for start in range(0, len(learners), CHUNK):
        chunk = learners[start : start + CHUNK]
        rows = []
        for user_id, zone, days in _days(chunk, slugs):
            record = streak_record(days)
            rows.append(
                {
                    "user_id": user_id,
                    "current": record.current,
                    "longest": record.longest,
                    "last_day": record.last_day,
                    "alive_until": alive_until(record.last_day, zone),
                    "updated_at": now,
                }
            )
        connection.execute(sa.insert(streaks), rows)


def _days(user_ids: list[int], slugs: dict[str, int]) -> list[tuple[int, ZoneInfo, list[date]]]:
    connection = op.get_bind()
    zones: dict[int, str] = {
        user_id: zone
        for user_id, zone in connection.execute(
            sa.select(_settings.c.user_id, _settings.c.time_zone).where(
                _settings.c.user_id.in_(user_ids)
            )
        )
    }
    accepted: dict[int, list[Attempt]] = defaultdict(list)
    s = _submissions.c
    for user_id, problem_id, judged_at, created_at in connection.execute(
        sa.select(s.user_id, s.problem_id, s.judged_at, s.created_at).where(
            s.user_id.in_(user_ids), s.status == "done", s.verdict == "AC"
        )
    ):
        accepted[user_id].append(Attempt(problem_id, "AC", judged_at or created_at))
    passes: dict[int, list[tuple[str, datetime]]] = defaultdict(list)
    q = _quiz_attempts.c
    for user_id, quiz_id, at in connection.execute(
        sa.select(q.user_id, q.quiz_id, q.created_at).where(
            q.user_id.in_(user_ids), 1.0 * q.correct >= PASS_MARK * q.total
        )
    ):
        passes[user_id].append((quiz_id, at))
    active: dict[int, list[date]] = {user_id: [] for user_id in user_ids}
    d = _drills.c
    for user_id, day, items in connection.execute(
        sa.select(d.user_id, d.day, d["items"]).where(d.user_id.in_(user_ids))
    ):
        drill = DailyDrill(user_id=user_id, day=day, items=items)  # a value, never added
        zone = ZoneInfo(zones.get(user_id, DEFAULT_TIME_ZONE))
        statuses = _item_statuses(drill, zone, accepted[user_id], passes[user_id], set(), slugs)
        if "completed" in statuses:
            active[user_id].append(day)
    return [
        (user_id, ZoneInfo(zones.get(user_id, DEFAULT_TIME_ZONE)), days)
        for user_id, days in active.items()
    ]


def downgrade() -> None:
    op.drop_index("ix_learner_streaks_longest", table_name="learner_streaks")
    op.drop_index("ix_learner_streaks_alive_until", table_name="learner_streaks")
    op.drop_table("learner_streaks")
