"""The home page's roadmap length comes from the week labels, never a number by hand."""

from __future__ import annotations

from winterarc.roadmap.schemas import RoadmapOut, SessionOut, WeekOut


def _session(number: int, *labels: str) -> SessionOut:
    weeks = [
        WeekOut(
            id=f"s{number}-w{i}",
            label=label,
            session=f"Session {number}",
            title="t",
            summary="",
            completion=None,
            topics=[],
        )
        for i, label in enumerate(labels)
    ]
    return SessionOut(id=f"s{number}", name=f"Session {number}", title="t", summary="", weeks=weeks)


def test_the_length_reads_the_highest_week_of_each_session() -> None:
    shipped = RoadmapOut(
        sessions=[
            _session(1, "Week 1-2", "Week 3-4", "Week 5", "Week 6+"),
            _session(2, *(f"Week {n}" for n in range(1, 7))),
        ],
        current_week=None,
    )
    assert shipped.length == "two sessions of 6+ and 6 weeks"
    assert RoadmapOut(sessions=[_session(1, "Week 1-2")], current_week=None).length == (
        "one session of 2 weeks"
    )
    unnumbered = RoadmapOut(sessions=[_session(1, "Basics", "More")], current_week=None)
    assert unnumbered.length == "one session of 2 weeks"
    assert RoadmapOut(sessions=[], current_week=None).length == "an empty roadmap"
