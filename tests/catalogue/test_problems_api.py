from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.factories import (
    Account,
    add_submission,
    count_rows,
    make_account,
    make_problem,
    problem_body,
)
from winterarc.auth.models import Role
from winterarc.problems.models import Problem, ProblemTag, Tag

pytestmark = pytest.mark.anyio


@pytest.fixture
async def author(client: httpx.AsyncClient) -> Account:
    return await make_account(client, "author1", Role.AUTHOR)


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> Account:
    return await make_account(client, "learner1")


async def _slugs(
    client: httpx.AsyncClient, query: str, headers: dict[str, str] | None = None
) -> list[str]:
    response = await client.get(f"/api/v1/problems?{query}", headers=headers or {})
    assert response.status_code == 200, response.text
    return [item["slug"] for item in response.json()["items"]]


async def test_author_creates_a_problem_and_anyone_reads_it(
    client: httpx.AsyncClient, author: Account
) -> None:
    created = await make_problem(
        client,
        author,
        "sum-two",
        tags=["math", "arrays"],
        patterns=["two-pointers"],
        difficulty="medium",
    )
    assert created["tags"] == ["arrays", "math"]
    detail = (await client.get("/api/v1/problems/sum-two")).json()
    assert detail["title"] == "Sum Two"
    assert detail["patterns"] == ["two-pointers"]
    assert detail["time_limit_ms"] == 1000
    assert detail["status"] is None


async def test_unknown_problem_is_404_problem_json(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/api/v1/problems/nope"), 404, "not-found")


async def test_duplicate_slug_conflicts_and_writes_nothing_more(
    client: httpx.AsyncClient, author: Account
) -> None:
    await make_problem(client, author, "dup")
    response = await client.post(
        "/api/v1/problems", json=problem_body("dup"), headers=author.headers
    )
    assert_problem(response, 409, "conflict")
    assert await count_rows(client, Problem) == 1


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/api/v1/problems", problem_body("new-one")),
        ("PATCH", "/api/v1/problems/existing", {"title": "Changed"}),
        ("DELETE", "/api/v1/problems/existing", None),
        ("GET", "/api/v1/users", None),
        ("PATCH", "/api/v1/users/1", {"role": "admin"}),
    ],
)
async def test_learners_get_403_and_anonymous_401_on_every_write_route(
    client: httpx.AsyncClient, author: Account, learner: Account, method: str, path: str, body: Any
) -> None:
    await make_problem(client, author, "existing")
    kwargs: dict[str, Any] = {"json": body} if body is not None else {}
    assert_problem(
        await client.request(method, path, headers=learner.headers, **kwargs), 403, "forbidden"
    )
    assert_problem(await client.request(method, path, **kwargs), 401, "unauthorized")
    detail = (await client.get("/api/v1/problems/existing")).json()
    assert detail["title"] == "Existing"
    assert await count_rows(client, Problem) == 1


async def test_authors_edit_only_their_own_problems_and_admins_any(
    client: httpx.AsyncClient, author: Account
) -> None:
    other = await make_account(client, "author2", Role.AUTHOR)
    admin = await make_account(client, "root1", Role.ADMIN)
    await make_problem(client, author, "mine")
    assert_problem(
        await client.patch(
            "/api/v1/problems/mine", json={"title": "Hijack"}, headers=other.headers
        ),
        403,
        "forbidden",
    )
    response = await client.patch(
        "/api/v1/problems/mine", json={"title": "Edited", "tags": ["graphs"]}, headers=admin.headers
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Edited"
    assert response.json()["tags"] == ["graphs"]
    assert (await client.delete("/api/v1/problems/mine", headers=author.headers)).status_code == 204
    assert await count_rows(client, Problem) == 0
    assert await count_rows(client, ProblemTag) == 0


@pytest.mark.parametrize(
    "payload",
    [
        {"slug": "Bad Slug", "title": "x", "difficulty": "easy"},
        {"slug": "ok", "title": "x", "difficulty": "impossible"},
        {"slug": "ok", "title": "", "difficulty": "easy"},
        {"slug": "ok", "title": "x", "difficulty": "easy", "time_limit_ms": 50},
        {"slug": "ok", "title": "x", "difficulty": "easy", "memory_limit_mb": 4096},
        {"slug": "ok", "title": "x", "difficulty": "easy", "tags": ["UPPER"]},
        {"slug": "ok", "title": "x", "difficulty": "easy", "tags": ["t"] * 21},
        {"slug": "ok", "title": "x", "difficulty": "easy", "type": "cobol"},
        {"slug": "ok", "title": "x", "difficulty": "easy", "author_id": 1},
        {"slug": "ok", "title": "x", "difficulty": "easy", "statement": "x" * 100_001},
    ],
)
async def test_bad_problem_input_is_422_and_writes_nothing(
    client: httpx.AsyncClient, author: Account, payload: dict[str, Any]
) -> None:
    assert_problem(
        await client.post("/api/v1/problems", json=payload, headers=author.headers),
        422,
        "validation-error",
    )
    assert await count_rows(client, Problem) == 0
    assert await count_rows(client, Tag) == 0


@pytest.mark.parametrize(
    "payload",
    [{"difficulty": "trivial"}, {"time_limit_ms": 0}, {"slug": "renamed"}, {"tags": ["Bad Tag"]}],
)
async def test_bad_update_is_422_and_changes_nothing(
    client: httpx.AsyncClient, author: Account, payload: dict[str, Any]
) -> None:
    await make_problem(client, author, "stable")
    response = await client.patch("/api/v1/problems/stable", json=payload, headers=author.headers)
    assert_problem(response, 422, "validation-error")
    detail = (await client.get("/api/v1/problems/stable")).json()
    assert detail["difficulty"] == "easy"
    assert detail["tags"] == ["arrays"]


async def test_pagination_edges(client: httpx.AsyncClient, author: Account) -> None:
    for i in range(5):
        await make_problem(client, author, f"p{i}")
    first = (await client.get("/api/v1/problems?page=1&page_size=2")).json()
    assert first["total"] == 5
    assert [i["slug"] for i in first["items"]] == ["p0", "p1"]
    last = (await client.get("/api/v1/problems?page=3&page_size=2")).json()
    assert [i["slug"] for i in last["items"]] == ["p4"]
    beyond = (await client.get("/api/v1/problems?page=9&page_size=2")).json()
    assert beyond == {"items": [], "total": 5, "page": 9, "page_size": 2}
    body = assert_problem(
        await client.get("/api/v1/problems?page_size=101"), 422, "validation-error"
    )
    assert "at most 100" in str(body["detail"])
    assert_problem(await client.get("/api/v1/problems?page=0"), 422, "validation-error")
    assert_problem(await client.get("/api/v1/problems?page_size=abc"), 422, "validation-error")


async def test_empty_catalogue_is_an_empty_page(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/v1/problems")).json() == {
        "items": [],
        "total": 0,
        "page": 1,
        "page_size": 20,
    }


async def test_filters_combine(client: httpx.AsyncClient, author: Account) -> None:
    await make_problem(
        client, author, "graph-walk", difficulty="medium", tags=["graphs", "bfs"], patterns=["bfs"]
    )
    await make_problem(client, author, "graph-cut", difficulty="hard", tags=["graphs"])
    await make_problem(
        client,
        author,
        "window-sum",
        difficulty="medium",
        tags=["arrays"],
        patterns=["sliding-window"],
    )
    await make_problem(
        client, author, "hash-walk", title="Walk 100% Of It", difficulty="medium", tags=["graphs"]
    )
    assert await _slugs(client, "difficulty=medium") == ["graph-walk", "window-sum", "hash-walk"]
    assert await _slugs(client, "difficulty=medium&tag=graphs") == ["graph-walk", "hash-walk"]
    assert await _slugs(client, "tag=graphs&tag=bfs") == ["graph-walk"]
    assert await _slugs(client, "difficulty=medium&difficulty=hard&tag=graphs&q=cut") == [
        "graph-cut"
    ]
    assert await _slugs(client, "pattern=sliding-window") == ["window-sum"]
    assert await _slugs(client, "q=WALK&sort=-slug") == ["hash-walk", "graph-walk"]
    assert await _slugs(client, "q=100%25") == ["hash-walk"]  # '%' is literal, not a wildcard
    assert await _slugs(client, "q=_") == []
    assert await _slugs(client, "tag=unknown") == []
    assert await _slugs(client, "sort=-difficulty") == [
        "graph-cut",
        "graph-walk",
        "window-sum",
        "hash-walk",
    ]
    assert_problem(await client.get("/api/v1/problems?sort=sideways"), 422, "validation-error")
    assert_problem(await client.get("/api/v1/problems?difficulty=trivial"), 422, "validation-error")


async def test_status_filter_follows_the_learners_submissions(
    client: httpx.AsyncClient, author: Account, learner: Account
) -> None:
    for slug in ("solved-one", "tried-one", "fresh-one"):
        await make_problem(client, author, slug)
    await add_submission(client, learner.id, "solved-one", "WA")
    await add_submission(client, learner.id, "solved-one", "AC")
    await add_submission(client, learner.id, "tried-one", "TLE")
    await add_submission(client, author.id, "fresh-one", "AC")  # someone else's success
    h = learner.headers
    assert await _slugs(client, "status=solved", h) == ["solved-one"]
    assert await _slugs(client, "status=attempted", h) == ["tried-one"]
    assert await _slugs(client, "status=new", h) == ["fresh-one"]
    items = (await client.get("/api/v1/problems", headers=h)).json()["items"]
    assert {i["slug"]: i["status"] for i in items} == {
        "solved-one": "solved",
        "tried-one": "attempted",
        "fresh-one": "new",
    }
    assert (await client.get("/api/v1/problems/solved-one", headers=h)).json()["status"] == "solved"
    assert_problem(await client.get("/api/v1/problems?status=solved"), 401, "unauthorized")
