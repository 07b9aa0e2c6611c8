"""/quizzes grouped by roadmap week: a quiz sits under the week of its first topic in roadmap
order, whatever order its file lists its topics in."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from tests.helpers.content import load_content
from tests.helpers.pages import page

pytestmark = pytest.mark.anyio
EXTRA = """\
id: {id}
title: {title}
topics: {topics}
questions:
  - id: q
    kind: single
    prompt: Pick a.
    choices:
      - {{id: a, text: A}}
      - {{id: b, text: B}}
    answer: [a]
    explanation: A.
"""


async def test_quizzes_are_grouped_by_the_week_of_their_first_topic(
    client: httpx.AsyncClient, content_dir: Path, tmp_path: Path
) -> None:
    content = tmp_path / "bank"
    shutil.copytree(content_dir, content)
    (content / "quizzes" / "async-basics.yaml").write_text(
        EXTRA.format(
            id="async-basics",
            title="Async basics",
            topics="[s2-w6-relational-model, s1-w1-asyncio]",
        )
    )
    await load_content(client, content)

    text = (await page(client, "/quizzes")).text
    first = text.index("Session 1 · Week 1-2 · Python Mastery")
    second = text.index("Session 2 · Week 6 · DBMS Concepts")
    assert first < text.index("Async basics") < second < text.index("Keys basics")
    assert "Other quizzes" not in text
    assert "your best" not in text and "not taken yet" not in text  # a visitor has no scores
