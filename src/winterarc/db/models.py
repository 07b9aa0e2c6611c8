"""Imports every ORM model so the metadata is complete (for Alembic and for tests)."""

from winterarc.auth.models import RefreshToken, User
from winterarc.db.base import Base
from winterarc.problems.models import GiveUp, Problem, ProblemPackage, ProblemTag, Tag
from winterarc.quizzes.models import Quiz, QuizAttempt, QuizQuestion, QuizTopic
from winterarc.roadmap.models import (
    ProblemTopic,
    RoadmapSession,
    RoadmapTopic,
    RoadmapWeek,
    TopicProgress,
)
from winterarc.submissions.models import Submission, SubmissionTest

__all__ = [
    "Base",
    "GiveUp",
    "Problem",
    "ProblemPackage",
    "ProblemTag",
    "ProblemTopic",
    "Quiz",
    "QuizAttempt",
    "QuizQuestion",
    "QuizTopic",
    "RefreshToken",
    "RoadmapSession",
    "RoadmapTopic",
    "RoadmapWeek",
    "Submission",
    "SubmissionTest",
    "Tag",
    "TopicProgress",
    "User",
]
