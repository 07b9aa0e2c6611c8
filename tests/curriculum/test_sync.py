from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.helpers.content import sync
from tests.helpers.factories import count_rows
from winterarc.curriculum.files import CurriculumError
from winterarc.problems.models import Problem, ProblemPackage, ProblemTopic
from winterarc.quizzes.models import QuizQuestion
from winterarc.roadmap.models import RoadmapTopic

pytestmark = pytest.mark.anyio


async def test_sync_loads_everything_and_is_idempotent(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    first = await sync(client, content_dir)
    assert first.errors == []
    assert first.topics == 6
    assert first.quizzes == 1
    assert first.problems_added == len(list((content_dir / "problems").iterdir()))
    counts = [
        await count_rows(client, m)
        for m in (Problem, ProblemPackage, ProblemTopic, RoadmapTopic, QuizQuestion)
    ]
    second = await sync(client, content_dir)
    assert (second.problems_added, second.problems_updated) == (0, 0)
    assert second.problems_unchanged == first.problems_added
    assert [
        await count_rows(client, m)
        for m in (Problem, ProblemPackage, ProblemTopic, RoadmapTopic, QuizQuestion)
    ] == counts


async def test_a_changed_package_is_updated(client: httpx.AsyncClient, content_dir: Path) -> None:
    await sync(client, content_dir)
    toml = content_dir / "problems" / "sum-stdio" / "problem.toml"
    toml.write_text(toml.read_text().replace("title = ", 'title = "Renamed Sum" #', 1))
    report = await sync(client, content_dir)
    assert report.problems_updated == 1
    detail = (await client.get("/api/v1/problems/sum-stdio")).json()
    assert detail["title"] == "Renamed Sum"


async def test_a_broken_package_is_reported_and_the_rest_still_sync(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    (content_dir / "problems" / "mean-float" / "statement.md").unlink()
    report = await sync(client, content_dir)
    assert len(report.errors) == 1
    assert "mean-float" in report.errors[0] and "statement.md" in report.errors[0]
    assert report.problems_added == len(list((content_dir / "problems").iterdir())) - 1


async def test_unknown_topic_in_a_package_is_an_error(
    client: httpx.AsyncClient, content_dir: Path
) -> None:
    toml = content_dir / "problems" / "sum-stdio" / "problem.toml"
    toml.write_text(toml.read_text().replace('topics = ["', 'topics = ["s9-w9-nothing", "', 1))
    report = await sync(client, content_dir)
    assert any("sum-stdio" in e and "s9-w9-nothing" in e for e in report.errors)


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "roadmap.yaml",
            "objectives: [Use lists, Use dicts, Write functions]",
            "objectives: [Only one]",
            "objectives",
        ),
        ("roadmap.yaml", "id: s1-w3-graphs-dfs", "id: s1-w3-hash-maps", "used twice"),
        ("roadmap.yaml", "quizzes: [keys-basics]", "quizzes: [no-such-quiz]", "no-such-quiz"),
        ("quizzes/keys-basics.yaml", "answer: [a]\n", "answer: [a, b]\n", "exactly one answer"),
        (
            "quizzes/keys-basics.yaml",
            "topics: [s2-w6-relational-model]",
            "topics: [s2-w6-missing]",
            "unknown roadmap topic",
        ),
        ("quizzes/keys-basics.yaml", "id: keys-basics", "id: other-name", "file name"),
        ("roadmap.yaml", "sessions:", "sessions: [", "not valid YAML"),
    ],
)
async def test_malformed_curriculum_files_name_the_file_and_field(
    client: httpx.AsyncClient, content_dir: Path, file: str, old: str, new: str, message: str
) -> None:
    path = content_dir / file
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(CurriculumError, match=message) as raised:
        await sync(client, content_dir)
    assert Path(file).name in str(raised.value) or "YAML" in str(raised.value)
    assert await count_rows(client, RoadmapTopic) == 0
