"""Imports every ORM model so the metadata is complete (for Alembic and for tests)."""

from winterarc.audit.models import AuditEntry
from winterarc.auth.models import DeviceCode, LearnerSettings, RefreshToken, User, WebSession
from winterarc.broker.models import QueuedMessage
from winterarc.cohorts.models import Cohort, CohortMember
from winterarc.daily.models import DailyDrill, DrillGiveUp, LearnerStreak
from winterarc.db.base import Base
from winterarc.db.content_version import ContentVersion
from winterarc.hacks.models import Hack
from winterarc.leaderboards.models import LeaderboardScore, LeaderboardSolve
from winterarc.notes.models import ProblemNote
from winterarc.outbox.models import OutboxEvent
from winterarc.preferences.models import Preferences
from winterarc.problems.models import (
    GiveUp,
    Problem,
    ProblemPackage,
    ProblemTag,
    ProblemTopic,
    Tag,
)
from winterarc.pubsub.models import LiveEvent
from winterarc.quizzes.models import Quiz, QuizAttempt, QuizQuestion, QuizTopic
from winterarc.revocation.models import RevokedToken
from winterarc.roadmap.models import RoadmapSession, RoadmapTopic, RoadmapWeek, TopicProgress
from winterarc.solutions.models import SharedSolution, SolutionVote
from winterarc.stats.models import LearnerStats, ProblemStats
from winterarc.submissions.models import Submission, SubmissionTest
from winterarc.worker.models import ScheduledJob

__all__ = [
    "AuditEntry",
    "Base",
    "Cohort",
    "CohortMember",
    "ContentVersion",
    "DailyDrill",
    "DeviceCode",
    "DrillGiveUp",
    "GiveUp",
    "Hack",
    "LeaderboardScore",
    "LeaderboardSolve",
    "LearnerSettings",
    "LearnerStats",
    "LearnerStreak",
    "LiveEvent",
    "OutboxEvent",
    "Preferences",
    "Problem",
    "ProblemNote",
    "ProblemPackage",
    "ProblemStats",
    "ProblemTag",
    "ProblemTopic",
    "QueuedMessage",
    "Quiz",
    "QuizAttempt",
    "QuizQuestion",
    "QuizTopic",
    "RefreshToken",
    "RevokedToken",
    "RoadmapSession",
    "RoadmapTopic",
    "RoadmapWeek",
    "ScheduledJob",
    "SharedSolution",
    "SolutionVote",
    "Submission",
    "SubmissionTest",
    "Tag",
    "TopicProgress",
    "User",
    "WebSession",
]
