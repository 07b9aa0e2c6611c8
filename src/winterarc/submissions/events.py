"""Live submission events: their channel and shapes.

Every event carries `submission_id`, `type` and, from a worker, `attempt` (the delivery that
produced it: a redelivered submission starts again at "running") and `seq` (order within that
attempt). Types: `queued`, `running`, `test` (`done` of `total`, the test's name, verdict, CPU
time and message; a sample also carries its input, expected and actual text), `heartbeat`,
`final` (the verdict as stored)."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any

from winterarc.submissions.models import Submission, SubmissionStatus


class EventType(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    TEST = "test"
    HEARTBEAT = "heartbeat"
    FINAL = "final"


def channel(submission_id: uuid.UUID) -> str:
    return f"submission:{submission_id}"


def state_event(submission: Submission) -> dict[str, Any]:
    """The submission's stored state as an event: `final` when judged, else queued/running."""
    if submission.status is SubmissionStatus.DONE:
        return final_event(submission)
    return {"submission_id": str(submission.id), "type": submission.status}


def final_event(submission: Submission) -> dict[str, Any]:
    return {
        "submission_id": str(submission.id),
        "type": EventType.FINAL.value,
        "status": submission.status,
        "verdict": submission.verdict,
        "message": submission.message,
        "cpu_ms": submission.cpu_ms,
        "memory_kb": submission.memory_kb,
    }
