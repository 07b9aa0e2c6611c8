"""The daily nudge: when a learner's drill for a new day is built, a live event on their own
channel, published after the request's transaction committed (background tasks run after the
session dependency commits), so a listener that reads the drill finds it stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from fastapi import BackgroundTasks, Depends

from winterarc.pubsub import PubSub, PubSubDep

if TYPE_CHECKING:
    from winterarc.daily.service import Drill

READY = "daily.ready"


def channel(user_id: int) -> str:
    return f"learner:{user_id}"


def ready_event(drill: Drill) -> dict[str, object]:
    return {"type": READY, "day": drill.day.isoformat(), "items": len(drill.items)}


@dataclass(frozen=True, slots=True)
class Nudge:
    background: BackgroundTasks
    pubsub: PubSub

    def if_new(self, user_id: int, drill: Drill) -> None:
        """Announce the drill when this request built it (the first look at a new day)."""
        if drill.created:
            self.background.add_task(
                self.pubsub.publish,
                channel(user_id),
                ready_event(drill),
            )


def get_nudge(background: BackgroundTasks, pubsub: PubSubDep) -> Nudge:
    return Nudge(background, pubsub)


NudgeDep = Annotated[Nudge, Depends(get_nudge)]
