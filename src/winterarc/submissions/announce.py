"""What follows an accepted submission, after its transaction has committed."""

from __future__ import annotations

from fastapi import BackgroundTasks
from starlette.datastructures import State

from winterarc.submissions.events import channel
from winterarc.submissions.models import Submission


def announce_accepted(
    background: BackgroundTasks, state: State, submission: Submission, *, created: bool
) -> None:
    """Queue the "queued" event (a late WebSocket client replays it) and wake the relay.

    Background tasks run after the response, so after the session dependency has committed."""
    if created:
        background.add_task(
            state.pubsub.publish,
            channel(submission.id),
            {"submission_id": str(submission.id), "type": "queued"},
        )
    background.add_task(state.relay.wake)
