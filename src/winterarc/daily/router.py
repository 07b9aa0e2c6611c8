"""/api/v1/me/daily, /me/activity, /me/mastery: the learner's daily loop."""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, WebSocket

from winterarc.auth.dependencies import CurrentUser, TokenPolicyDep
from winterarc.daily import live, service
from winterarc.daily.clock import ClockDep
from winterarc.daily.nudge import NudgeDep
from winterarc.daily.schemas import (
    ActiveDay,
    ActivityOut,
    DaySettingsIn,
    DaySettingsOut,
    DrillItemOut,
    DrillOut,
    GiveUpIn,
    MasteryOut,
    MasteryReportOut,
)
from winterarc.db.session import SessionDep, SessionmakerDep
from winterarc.kit.openapi import problems
from winterarc.pubsub import PubSubDep

router = APIRouter(prefix="/me", tags=["daily"])


def drill_out(drill: service.Drill) -> DrillOut:
    return DrillOut(
        day=drill.day,
        time_zone=drill.time_zone,
        completed=drill.completed,
        items=[
            DrillItemOut.model_validate({**asdict(item), "href": item.href}) for item in drill.items
        ],
    )


@router.get("/daily", response_model=DrillOut)
async def get_daily(
    session: SessionDep, user: CurrentUser, clock: ClockDep, nudge: NudgeDep
) -> DrillOut:
    """Today's drill: new work, due reviews and weak patterns, the same all day."""
    drill = await service.today(session, user, clock)
    nudge.if_new(user.id, drill)
    return drill_out(drill)


@router.post("/daily/give-up", response_model=DrillOut, responses=problems(404))
async def give_up(
    body: GiveUpIn, session: SessionDep, user: CurrentUser, clock: ClockDep
) -> DrillOut:
    """Give up on a problem of today's drill: it comes back for review soon (a lapse)."""
    return drill_out(await service.give_up(session, user, body.slug, clock))


@router.get("/daily/settings", response_model=DaySettingsOut)
async def get_settings(session: SessionDep, user: CurrentUser) -> DaySettingsOut:
    """The learner's time zone and drill size."""
    found = await service.settings(session, user.id)
    return DaySettingsOut(time_zone=found.time_zone, drill_size=found.drill_size)


@router.patch("/daily/settings", response_model=DaySettingsOut)
async def patch_settings(
    body: DaySettingsIn, session: SessionDep, user: CurrentUser
) -> DaySettingsOut:
    """Change the time zone (IANA name) or the drill size (1-10); takes effect the next day."""
    found = await service.update_settings(
        session, user.id, time_zone=body.time_zone, drill_size=body.drill_size
    )
    return DaySettingsOut(time_zone=found.time_zone, drill_size=found.drill_size)


@router.get("/activity", response_model=ActivityOut)
async def get_activity(session: SessionDep, user: CurrentUser, clock: ClockDep) -> ActivityOut:
    """Current and longest streak, and every active day with its completed drill items."""
    found = await service.activity(session, user, clock)
    return ActivityOut(
        today=found.today,
        current_streak=found.current_streak,
        longest_streak=found.longest_streak,
        days=[ActiveDay(day=d, completed=n) for d, n in sorted(found.days.items())],
    )


@router.get("/mastery", response_model=MasteryReportOut)
async def get_mastery(session: SessionDep, user: CurrentUser, clock: ClockDep) -> MasteryReportOut:
    """Mastery per pattern (weakest first) and per roadmap topic, with the evidence."""
    report = await service.mastery(session, user, clock)
    return MasteryReportOut(
        patterns=[MasteryOut.model_validate(asdict(m)) for m in report.patterns],
        topics={k: MasteryOut.model_validate(asdict(m)) for k, m in report.topics.items()},
    )


@router.websocket("/events")
async def learner_events(
    websocket: WebSocket,
    maker: SessionmakerDep,
    pubsub: PubSubDep,
    policy: TokenPolicyDep,
    clock: ClockDep,
) -> None:
    """The learner's live events for open pages: `{"type": "daily.ready", "day", "items"}` when
    a new day's drill is built (at local midnight while a page is open, or on first look).
    Authenticated like the submission events socket."""
    await live.serve_learner_events(websocket, maker, pubsub, policy.signer, clock)
