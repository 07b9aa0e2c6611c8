"""Solutions after AC through the API: locked before solving, the package's accepted
solutions with their complexity after, and shared write-ups with one toggling vote each and
hiding by their author or staff (audit-logged)."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from tests.hacks.helpers import add_accepted
from tests.helpers.api import assert_problem
from tests.helpers.app import sessionmaker_of
from tests.helpers.factories import Account, add_judged_problem, db_scalar, make_account
from winterarc.audit.models import AuditEntry
from winterarc.auth.models import Role
from winterarc.solutions.models import SharedSolution
from winterarc.solutions.schemas import WRITEUP_MAX_CHARS
from winterarc.solutions.service import complexity_of

pytestmark = pytest.mark.anyio
SLUG = "sum-stdio"
CODE = "print(sum(map(int, open(0).read().split()[1:])))\n"


async def _solutions(client: httpx.AsyncClient, who: Account) -> httpx.Response:
    return await client.get(f"/api/v1/problems/{SLUG}/solutions", headers=who.headers)


async def _share(client: httpx.AsyncClient, who: Account, writeup: str) -> httpx.Response:
    return await client.post(
        f"/api/v1/problems/{SLUG}/solutions", json={"writeup": writeup}, headers=who.headers
    )


def test_complexity_comes_from_the_opening_comment_block() -> None:
    assert complexity_of("# Complexity: O(n) time\nprint(1)\n") == "O(n) time"
    assert complexity_of("# A window.\n# complexity:  O(1) memory \nx = 1\n") == "O(1) memory"
    assert complexity_of("# Complexity: O(n log n) time\n# for the sort.\n#\n# Other.\n") == (
        "O(n log n) time for the sort."
    )
    assert complexity_of("import sys\n# Complexity: O(n)\n") is None
    # SQL solutions use SQL comments.
    assert complexity_of("-- Complexity: O(n log n) time\n-- for the sort.\nSELECT 1;\n") == (
        "O(n log n) time for the sort."
    )
    assert complexity_of("print(1)\n") is None


async def test_solutions_are_locked_before_ac_and_listed_with_complexity_after(
    client: httpx.AsyncClient,
) -> None:
    await add_judged_problem(client, SLUG)
    learner = await make_account(client, "learner-a")
    assert_problem(await _solutions(client, learner), 403, "solutions-locked")
    assert_problem(await _share(client, learner, "my idea"), 403, "solutions-locked")

    await add_accepted(client, learner.id, SLUG, CODE)
    response = await _solutions(client, learner)
    assert response.status_code == 200, response.text
    body = response.json()
    assert [(s["name"], s["reference"]) for s in body["solutions"]] == [
        ("ref.py", True),
        ("via_input_lines.py", False),
    ]
    assert body["solutions"][0]["complexity"] == "O(n) time and memory: one pass over the tokens."
    assert "sys.stdin.read()" in body["solutions"][0]["source"]
    assert body["shared"] == []


async def test_shared_solutions_take_one_toggling_vote_and_hide_for_others(
    client: httpx.AsyncClient,
) -> None:
    await add_judged_problem(client, SLUG)
    a = await make_account(client, "learner-a")
    b = await make_account(client, "learner-b")
    outsider = await make_account(client, "outsider")
    author = await make_account(client, "author1", Role.AUTHOR)
    for who in (a, b):
        await add_accepted(client, who.id, SLUG, CODE)

    assert (await _share(client, a, " ")).status_code == 422
    too_long = await _share(client, a, "x" * (WRITEUP_MAX_CHARS + 1))
    assert too_long.status_code == 422
    shared = await _share(client, a, "One pass: **sum** the tokens.")
    assert shared.status_code == 201, shared.text
    post = shared.json()
    assert post["source"] == CODE and post["votes"] == 0 and post["mine"]
    again = await _share(client, a, "One pass, updated.")  # replaces, never a second post
    assert again.json()["id"] == post["id"]

    vote = f"/api/v1/solutions/{post['id']}/vote"
    assert_problem(await client.post(vote, headers=a.headers), 403, "forbidden")  # own post
    assert_problem(await client.post(vote, headers=outsider.headers), 403, "solutions-locked")
    first = await client.post(vote, headers=b.headers)
    assert first.json() == {"id": post["id"], "votes": 1, "voted": True}
    second = await client.post(vote, headers=b.headers)
    assert second.json() == {"id": post["id"], "votes": 0, "voted": False}
    await client.post(vote, headers=b.headers)
    seen_by_b = (await _solutions(client, b)).json()["shared"]
    assert [(p["author"], p["votes"], p["voted"]) for p in seen_by_b] == [("learner-a", 1, True)]

    hidden = f"/api/v1/solutions/{post['id']}/hidden"
    refused = await client.put(hidden, json={"hidden": True}, headers=b.headers)
    assert_problem(refused, 403, "forbidden")
    assert (
        await client.put(hidden, json={"hidden": True}, headers=author.headers)
    ).status_code == 204
    assert (await _solutions(client, b)).json()["shared"] == []
    assert_problem(await client.post(vote, headers=b.headers), 404, "not-found")
    own_view = (await _solutions(client, a)).json()["shared"]
    assert [(p["id"], p["hidden"]) for p in own_view] == [(post["id"], True)]
    actions = await db_scalar(
        client, select(AuditEntry.action).where(AuditEntry.subject == str(post["id"]))
    )
    assert actions == "hide-solution"

    assert (await client.put(hidden, json={"hidden": False}, headers=a.headers)).status_code == 204
    assert len((await _solutions(client, b)).json()["shared"]) == 1


async def test_an_admin_hides_anyones_shared_solution_without_solving_it(
    client: httpx.AsyncClient,
) -> None:
    await add_judged_problem(client, SLUG)
    a = await make_account(client, "learner-a")
    b = await make_account(client, "learner-b")
    admin = await make_account(client, "admin1", Role.ADMIN)
    for who in (a, b):
        await add_accepted(client, who.id, SLUG, CODE)
    post = (await _share(client, a, "One pass over the tokens.")).json()

    # Staff read every post of a problem they never solved, and may hide it.
    assert [p["id"] for p in (await _solutions(client, admin)).json()["shared"]] == [post["id"]]
    hidden = f"/api/v1/solutions/{post['id']}/hidden"
    hid = await client.put(hidden, json={"hidden": True}, headers=admin.headers)
    assert hid.status_code == 204, hid.text
    assert (await _solutions(client, b)).json()["shared"] == []
    for who in (a, admin):  # its author and staff still see it, marked hidden
        seen = (await _solutions(client, who)).json()["shared"]
        assert [(p["id"], p["hidden"]) for p in seen] == [(post["id"], True)]
    assert (
        await db_scalar(
            client, select(SharedSolution.hidden_by_id).where(SharedSolution.id == post["id"])
        )
        == admin.id
    )

    shown = await client.put(hidden, json={"hidden": False}, headers=admin.headers)
    assert shown.status_code == 204, shown.text
    assert [p["id"] for p in (await _solutions(client, b)).json()["shared"]] == [post["id"]]
    async with sessionmaker_of(client)() as session:
        entries = (
            await session.execute(
                select(AuditEntry.actor_id, AuditEntry.action)
                .where(AuditEntry.subject == str(post["id"]))
                .order_by(AuditEntry.id)
            )
        ).all()
    assert [tuple(entry) for entry in entries] == [
        (admin.id, "hide-solution"),
        (admin.id, "show-solution"),
    ]
