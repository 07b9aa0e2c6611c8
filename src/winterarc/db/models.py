"""Imports every ORM model so the metadata is complete (for Alembic and for tests)."""

from winterarc.auth.models import RefreshToken, User
from winterarc.db.base import Base
from winterarc.problems.models import Problem, ProblemTag, Tag
from winterarc.submissions.models import Submission, SubmissionTest

__all__ = [
    "Base",
    "Problem",
    "ProblemTag",
    "RefreshToken",
    "Submission",
    "SubmissionTest",
    "Tag",
    "User",
]
