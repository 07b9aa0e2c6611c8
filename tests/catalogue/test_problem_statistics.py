"""The catalogue a practiser expects: acceptance and solvers per problem (from the workers'
statistics), the problem type, filters by type, week and topic, sorts by roadmap order (the
default), acceptance and solvers; the same statistics on the problem page."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from tests.helpers.app import sessionmaker_of
from tests.helpers.content import copy_content, load_content
from tests.helpers.factories import add_submission, make_account
from tests.helpers.pages import page
from winterarc.worker.stats import recompute_problem_stats

pytestmark = pytest.mark.anyio

# The fixture roadmap: session 1's weeks 1-2 (data types, then asyncio) and 3-4 (hash maps,
# linked lists, graphs), then session 2's week 6 (relational model).
ROADMAP_ORDER = [
    {"mean-float", "parity-custom", "sum-stdio", "ticket-code"},
    {"async-sum"},
    {"lru-design", "pairs-unordered", "two-sum-fn"},
    {"reverse-list"},
    {"tree-depth"},
    {"ranked-customers-sql", "top-customers-sql"},
]


@pytest.fixture
async def judged(client: httpx.AsyncClient, tmp_path: Path) -> None:
    """The fixture bank; sum-stdio: 3 learners, 2 solved, 2 of 4 submissions accepted;
    two-sum-fn: 1 learner, 1 of 3 accepted; nothing for the others."""
    await load_content(client, copy_content(tmp_path))
    ids = [(await make_account(client, f"learner{n}")).id for n in range(3)]
    for user, slug, verdict in (
        (ids[0], "sum-stdio", "WA"),
        (ids[0], "sum-stdio", "AC"),
        (ids[1], "sum-stdio", "AC"),
        (ids[2], "sum-stdio", "TLE"),
        (ids[0], "two-sum-fn", "WA"),
        (ids[0], "two-sum-fn", "RE"),
        (ids[0], "two-sum-fn", "AC"),
    ):
        await add_submission(client, user, slug, verdict)
    await recompute_problem_stats(sessionmaker_of(client))


async def _items(client: httpx.AsyncClient, query: str = "") -> list[dict[str, object]]:
    response = await client.get(f"/api/v1/problems?page_size=100&{query}")
    assert response.status_code == 200, response.text
    items: list[dict[str, object]] = response.json()["items"]
    return items


def _groups(slugs: list[str]) -> list[set[str]]:
    """Consecutive slugs grouped as ROADMAP_ORDER groups them."""
    groups: list[set[str]] = []
    for group in ROADMAP_ORDER:
        groups.append(set(slugs[: len(group)]))
        slugs = slugs[len(group) :]
    return groups


async def test_the_api_lists_acceptance_and_solvers_of_each_problem(
    client: httpx.AsyncClient, judged: None
) -> None:
    items = {item["slug"]: item for item in await _items(client)}
    assert (items["sum-stdio"]["solvers"], items["sum-stdio"]["acceptance_rate"]) == (2, 0.5)
    assert items["two-sum-fn"]["solvers"] == 1
    assert items["two-sum-fn"]["acceptance_rate"] == pytest.approx(1 / 3)
    assert (items["tree-depth"]["solvers"], items["tree-depth"]["acceptance_rate"]) == (0, None)
    detail = (await client.get("/api/v1/problems/sum-stdio")).json()
    assert (detail["solvers"], detail["acceptance_rate"]) == (2, 0.5)


async def test_the_default_order_is_the_roadmaps(client: httpx.AsyncClient, judged: None) -> None:
    slugs = [str(item["slug"]) for item in await _items(client)]
    assert _groups(slugs) == ROADMAP_ORDER
    assert [str(i["slug"]) for i in await _items(client, "sort=roadmap")] == slugs
    listed = re.findall(r'<tr data-problem="([^"]+)"', (await page(client, "/problems")).text)
    assert listed == slugs


async def test_sorting_by_acceptance_and_solvers_puts_unsubmitted_problems_last(
    client: httpx.AsyncClient, judged: None
) -> None:
    by_acceptance = [i["slug"] for i in await _items(client, "sort=-acceptance")]
    assert by_acceptance[:2] == ["sum-stdio", "two-sum-fn"]
    lowest = [i["slug"] for i in await _items(client, "sort=acceptance")]
    assert lowest[:2] == ["two-sum-fn", "sum-stdio"]
    by_solvers = [i["slug"] for i in await _items(client, "sort=-solvers")]
    assert by_solvers[:2] == ["sum-stdio", "two-sum-fn"]
    listed = re.findall(
        r'<tr data-problem="([^"]+)"', (await page(client, "/problems?sort=acceptance")).text
    )
    assert listed[:2] == ["two-sum-fn", "sum-stdio"]


async def test_the_api_filters_by_type(client: httpx.AsyncClient, judged: None) -> None:
    sql = {i["slug"] for i in await _items(client, "type=sql")}
    assert sql == {"ranked-customers-sql", "top-customers-sql"}
    both = {i["slug"] for i in await _items(client, "type=sql&type=design")}
    assert both == sql | {"lru-design"}
    response = await client.get("/api/v1/problems?type=cobol")
    assert response.status_code == 422


async def test_the_page_shows_type_acceptance_solvers_and_filters_by_week_topic_and_type(
    client: httpx.AsyncClient, judged: None
) -> None:
    text = (await page(client, "/problems")).text
    row = re.search(r'<tr data-problem="sum-stdio".*?</tr>', text, re.S)
    assert row is not None
    assert 'data-type="stdio">stdio<' in row.group(0)
    assert re.search(r"data-acceptance>50 %<", row.group(0))
    assert re.search(r"data-solvers>2<", row.group(0))
    lru = re.search(r'<tr data-problem="lru-design".*?</tr>', text, re.S)
    assert lru is not None and 'data-type="design">class<' in lru.group(0)
    assert "data-acceptance>—<" in lru.group(0)
    # The week and topic menus list the roadmap, in its order, with sessions named.
    assert '<option value="s1-w3">Session 1 · Week 3-4' in text
    assert text.index('value="s1-w1-syntax-data-types"') < text.index('value="s2-w6-relational')

    week = (await page(client, "/problems?week=s1-w3")).text
    assert set(re.findall(r'<tr data-problem="([^"]+)"', week)) == set().union(*ROADMAP_ORDER[2:5])
    assert '<option value="s1-w3" selected>' in week
    topic = (await page(client, "/problems?topic=s1-w1-asyncio")).text
    assert re.findall(r'<tr data-problem="([^"]+)"', topic) == ["async-sum"]
    assert '<option value="s1-w1-asyncio" selected>' in topic
    sql = (await page(client, "/problems?type=sql&type=nonsense")).text
    assert set(re.findall(r'<tr data-problem="([^"]+)"', sql)) == ROADMAP_ORDER[5]
    assert 'value="sql" checked' in sql


async def test_the_problem_page_shows_its_statistics(
    client: httpx.AsyncClient, judged: None
) -> None:
    text = (await page(client, "/problems/sum-stdio")).text
    assert re.search(r"Acceptance <span data-acceptance>50 %</span>", text)
    assert "<span data-solvers>2</span> solvers" in text
    untouched = (await page(client, "/problems/tree-depth")).text
    assert "No submissions yet · <span data-solvers>0</span> solvers" in untouched
