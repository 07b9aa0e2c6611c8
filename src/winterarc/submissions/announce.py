"""What follows an accepted submission, after its transaction has committed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import BackgroundTasks, Depends

from winterarc.outbox.relay import OutboxRelay, RelayDep
from winterarc.pubsub import PubSub, PubSubDep
from winterarc.submissions.events import EventType, channel
from winterarc.submissions.models import Submission


@dataclass(frozen=True, slots=True)
class Announcer:
    background: BackgroundTasks
    pubsub: PubSub
    relay: OutboxRelay

    def accepted(self, submission: Submission, *, created: bool) -> None:
        """Queue the "queued" event (a late WebSocket client replays it) and wake the relay.

        Background tasks run after the response, so after the session dependency committed."""
        if created:
            self.background.add_task(
                self.pubsub.publish,
                channel(submission.id),
                {"submission_id": str(submission.id), "type": EventType.QUEUED.value},
            )
        self.background.add_task(self.relay.wake_after_response)


async def get_announcer(
    background: BackgroundTasks, pubsub: PubSubDep, relay: RelayDep
) -> Announcer:
    return Announcer(background, pubsub, relay)


AnnouncerDep = Annotated[Announcer, Depends(get_announcer)]
