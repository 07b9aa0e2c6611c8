"""The shipped curriculum is complete: every topic practised, every id real, every package sound."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest

from winterarc.curriculum.files import RoadmapFile, load_quizzes, load_roadmap
from winterarc.judge.packages import (
    Package,
    ProblemType,
    SolutionKind,
    load_package,
    quality_warnings,
)

CONTENT = Path(__file__).parents[2] / "content"


@cache
def roadmap() -> RoadmapFile:
    return load_roadmap(CONTENT / "roadmap.yaml")


@cache
def packages() -> tuple[Package, ...]:
    topic_ids = set(roadmap().topic_ids())
    folders = sorted(p for p in (CONTENT / "problems").iterdir() if p.is_dir())
    return tuple(load_package(folder, known_topics=topic_ids) for folder in folders)


def _topics_of(session: str) -> list[str]:
    return [t for t in roadmap().topic_ids() if t.startswith(f"{session}-")]


def _problems_per_topic() -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for package in packages():
        for topic in package.roadmap_topics:
            found[topic].append(package.slug)
    return found


def test_the_roadmap_covers_every_topic_of_the_seed() -> None:
    listed = [
        line.split("\t")[0]
        for line in (CONTENT / "topic-ids.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert roadmap().topic_ids() == listed


def test_every_session_1_topic_has_at_least_three_problems() -> None:
    per_topic = _problems_per_topic()
    short = {t: len(per_topic[t]) for t in _topics_of("s1") if len(per_topic[t]) < 3}
    assert short == {}, f"topics with fewer than three problems: {short}"


def test_every_session_2_week_has_labs_or_a_quiz() -> None:
    per_topic = _problems_per_topic()
    quiz_topics = {
        t
        for q in load_quizzes(CONTENT / "quizzes", set(roadmap().topic_ids()))
        for t in q.quiz.topics
    }
    session = next(s for s in roadmap().sessions if s.id == "s2")
    bare = [
        w.id
        for w in session.weeks
        if not any(per_topic[t.id] or t.id in quiz_topics for t in w.topics)
    ]
    assert bare == []


def test_every_session_2_week_has_ten_quiz_questions() -> None:
    per_week: Counter[str] = Counter()
    for loaded in load_quizzes(CONTENT / "quizzes", set(roadmap().topic_ids())):
        weeks = {"-".join(t.split("-")[:2]) for t in loaded.quiz.topics}
        for week in weeks:
            per_week[week] += len(loaded.quiz.questions)
    session = next(s for s in roadmap().sessions if s.id == "s2")
    assert {w.id: per_week[w.id] for w in session.weeks if per_week[w.id] < 10} == {}


def test_bank_sizes_meet_the_curriculum() -> None:
    s1_ds_algo = [
        p
        for p in packages()
        if any(t.startswith(("s1-w3", "s1-w5", "s1-w6")) for t in p.roadmap_topics)
    ]
    python = [p for p in packages() if any(t.startswith("s1-w1") for t in p.roadmap_topics)]
    labs = [p for p in packages() if any(t.startswith("s2-") for t in p.roadmap_topics)]
    assert len(s1_ds_algo) >= 60
    assert len(python) >= 12
    assert len(labs) >= 15
    assert sum(p.type is ProblemType.SQL for p in labs) >= 5
    assert sum(p.type is ProblemType.DESIGN for p in s1_ds_algo) >= 5


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_every_difficulty_is_represented(difficulty: str) -> None:
    assert sum(p.difficulty.value == difficulty for p in packages()) >= 10


def test_every_package_meets_the_quality_bar() -> None:
    problems = {p.slug: quality_warnings(p) for p in packages()}
    assert {slug: w for slug, w in problems.items() if w} == {}
    for package in packages():
        assert package.editorial.strip(), package.slug
        # A lab's samples are its visible checks, which the loader already requires.
        assert package.samples or package.lab is not None, package.slug


def test_every_quiz_names_real_topics_and_is_linked() -> None:
    quizzes = load_quizzes(CONTENT / "quizzes", set(roadmap().topic_ids()))
    linked = {q for s in roadmap().sessions for w in s.weeks for t in w.topics for q in t.quizzes}
    assert {q.quiz.id for q in quizzes} >= linked


def test_session_2_is_practised_in_labs() -> None:
    """Every Session 2 topic has a lab, every week at least eight, sixty or more in all; every
    lab has wrong solutions to catch (problem check proves each fails, and the starter too)."""
    labs = [p for p in packages() if p.lab is not None]
    session = next(s for s in roadmap().sessions if s.id == "s2")
    per_topic = {
        t.id: [p.slug for p in labs if t.id in p.roadmap_topics]
        for w in session.weeks
        for t in w.topics
    }
    assert {topic: slugs for topic, slugs in per_topic.items() if not slugs} == {}
    per_week = {
        w.id: {p.slug for p in labs if any(t.startswith(w.id + "-") for t in p.roadmap_topics)}
        for w in session.weeks
    }
    assert {week: len(slugs) for week, slugs in per_week.items() if len(slugs) < 8} == {}
    assert sum(any(t.startswith("s2-") for t in p.roadmap_topics) for p in labs) >= 60
    few = {p.slug: len(p.solutions_of(SolutionKind.WRONG)) for p in labs}
    assert {slug: count for slug, count in few.items() if count < 2} == {}
