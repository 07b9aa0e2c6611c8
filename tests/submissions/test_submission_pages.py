"""Submitting and running from the problem page, the history, one submission, and the live
WebSocket opened with the session cookie."""

from __future__ import annotations

import html
import re
import uuid
import warnings
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select, update

from tests.helpers.app import TestClient, WebSocketDenialResponse, sessionmaker_of
from tests.helpers.factories import (
    PASSWORD,
    Account,
    add_judged_problem,
    add_submission,
    db_scalar,
    make_account,
    solution,
)
from tests.helpers.judge import require_sandbox
from tests.helpers.pages import (
    HTML,
    HTMX,
    browser_login,
    csrf_from,
    form_post,
    is_html,
    is_problem,
    page,
)
from winterarc.app import create_app
from winterarc.settings import Settings
from winterarc.submissions.models import Submission
from winterarc.web.cookies import SESSION_COOKIE

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    from starlette.testclient import TestClient, WebSocketDenialResponse

anyio = pytest.mark.anyio
SUBMIT = "/problems/sum-stdio/submissions"
RUN = "/problems/sum-stdio/run"


@pytest.fixture
async def learner(client: httpx.AsyncClient) -> Account:
    await add_judged_problem(client, "sum-stdio")
    account = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    return account


def textarea_text(response: httpx.Response, name: str) -> str:
    match = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', response.text, re.S)
    assert match, f"no textarea {name}"
    return html.unescape(match.group(1))


async def submissions(client: httpx.AsyncClient) -> list[Submission]:
    async with sessionmaker_of(client)() as session:
        return list(await session.scalars(select(Submission).order_by(Submission.created_at)))


async def finish(client: httpx.AsyncClient, submission_id: uuid.UUID, verdict: str) -> None:
    async with sessionmaker_of(client)() as session:
        await session.execute(
            update(Submission)
            .where(Submission.id == submission_id)
            .values(status="done", verdict=verdict, message="judged for the test")
        )
        await session.commit()


# --- Submitting ------------------------------------------------------------------------------


@anyio
async def test_the_pages_script_gets_json_with_where_to_follow(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(
        client, SUBMIT, {"code": "print(6)"}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 202, response.text
    body = response.json()
    submission_id = body["id"]
    assert uuid.UUID(submission_id)
    assert body == {
        "id": submission_id,
        "url": f"/submissions/{submission_id}",
        "events_url": f"/api/v1/submissions/{submission_id}/events",
        "detail_url": f"/api/v1/submissions/{submission_id}",
    }
    assert response.headers["location"] == f"/submissions/{submission_id}"
    (stored,) = await submissions(client)
    assert (str(stored.id), stored.source, stored.user_id) == (
        submission_id,
        "print(6)",
        learner.id,
    )


@anyio
async def test_a_plain_form_submit_redirects_to_the_submission_page(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, SUBMIT, {"code": "print('<b>hi</b>')"})
    assert response.status_code == 303
    (stored,) = await submissions(client)
    assert response.headers["location"] == f"/submissions/{stored.id}"
    detail = await page(client, response.headers["location"])
    assert detail.status_code == 200 and is_html(detail)
    assert "Queued… this page updates when the verdict is in." in detail.text
    assert f'data-events-url="/api/v1/submissions/{stored.id}/events"' in detail.text
    assert "print(&#39;&lt;b&gt;hi&lt;/b&gt;&#39;)" in detail.text


@anyio
async def test_a_judged_submission_page_shows_the_verdict(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await form_post(client, SUBMIT, {"code": "print(6)"})
    (stored,) = await submissions(client)
    await finish(client, stored.id, "WA")
    detail = await page(client, f"/submissions/{stored.id}")
    assert 'data-verdict="WA"' in detail.text
    assert "Wrong Answer" in detail.text  # the judge's own label (Verdict.label)
    assert "judged for the test" in detail.text
    assert "data-live-submission" not in detail.text


@anyio
async def test_an_empty_submission_is_refused_and_nothing_stored(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, SUBMIT, {"code": "   "})
    assert response.status_code == 422
    assert is_html(response)
    assert await submissions(client) == []


@anyio
async def test_submitting_to_an_unknown_problem_is_refused(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, "/problems/no-such-problem/submissions", {"code": "x"})
    assert response.status_code in (404, 422)
    assert await submissions(client) == []


@anyio
async def test_a_visitor_submitting_is_sent_to_log_in(client: httpx.AsyncClient) -> None:
    await add_judged_problem(client, "sum-stdio")
    response = await form_post(
        client,
        SUBMIT,
        {"code": "print(1)"},
        headers={"Referer": "http://testserver/problems/sum-stdio"},
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/problems/sum-stdio"
    assert await db_scalar(client, select(func.count()).select_from(Submission)) == 0


# --- Seeing submissions ----------------------------------------------------------------------


@anyio
async def test_someone_elses_submission_is_a_404(
    client: httpx.AsyncClient, learner: Account
) -> None:
    other = await make_account(client, "learner2")
    await add_submission(client, other.id, "sum-stdio", "AC")
    (theirs,) = await submissions(client)
    response = await page(client, f"/submissions/{theirs.id}")
    assert response.status_code == 404
    assert is_html(response)
    assert "print(1)" not in response.text


@anyio
async def test_an_unknown_or_malformed_submission_id(
    client: httpx.AsyncClient, learner: Account
) -> None:
    assert (await page(client, f"/submissions/{uuid.uuid4()}")).status_code == 404
    assert (await page(client, "/submissions/not-a-uuid")).status_code == 422


@anyio
async def test_the_history_lists_only_my_submissions_and_filters_them(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await add_judged_problem(client, "mean-float")
    other = await make_account(client, "learner2")
    await add_submission(client, learner.id, "sum-stdio", "AC")
    await add_submission(client, learner.id, "mean-float", "WA")
    await add_submission(client, other.id, "sum-stdio", "TLE")

    def rows(response: httpx.Response) -> list[str]:
        assert response.status_code == 200, response.text
        return re.findall(r'href="/submissions/([0-9a-f-]{36})"', response.text)

    everything = await page(client, "/submissions")
    assert len(rows(everything)) == 2
    assert 'class="verdict verdict-TLE"' not in everything.text
    assert len(rows(await page(client, "/submissions?verdict=WA"))) == 1
    assert len(rows(await page(client, "/submissions?problem=sum-stdio"))) == 1
    assert len(rows(await page(client, "/submissions?verdict=BOGUS"))) == 2


@anyio
async def test_the_history_shows_titles_and_offers_a_choice_of_my_problems(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await add_judged_problem(client, "mean-float")
    await add_judged_problem(client, "two-sum-fn")  # never submitted to: not offered
    await add_submission(client, learner.id, "sum-stdio", "AC")
    await add_submission(client, learner.id, "mean-float", "WA")
    text = (await page(client, "/submissions")).text
    assert '<a href="/problems/sum-stdio">Sum of a List</a>' in text
    assert '<input id="problem"' not in text  # no free-text slug box
    menu = re.search(r'<select id="problem" name="problem">(.*?)</select>', text, re.S)
    assert menu is not None
    assert re.findall(r'<option value="([^"]*)"', menu.group(1)) == ["", "mean-float", "sum-stdio"]
    chosen = (await page(client, "/submissions?problem=mean-float")).text
    assert '<option value="mean-float" selected>' in chosen
    api = (await client.get("/api/v1/submissions", headers=learner.headers)).json()
    assert {item["problem_title"] for item in api["items"]} == {"Sum of a List", "Average Reading"}


@anyio
async def test_the_history_needs_a_login(client: httpx.AsyncClient) -> None:
    response = await page(client, "/submissions")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/submissions"


# --- Run -------------------------------------------------------------------------------------


@anyio
@pytest.mark.sandbox
async def test_run_returns_an_html_fragment_with_the_output(
    client: httpx.AsyncClient, learner: Account
) -> None:
    require_sandbox()
    code = solution("sum-stdio", "accepted", "ref.py")
    response = await form_post(client, RUN, {"code": code, "input": "3\n1 2 3\n"}, headers=HTMX)
    assert response.status_code == 200, response.text
    assert is_html(response)
    assert "<html" not in response.text
    assert re.search(r"<pre data-run-output>6\s*</pre>", response.text), response.text
    assert "<strong>Finished</strong>" in response.text  # a status in words, not "ok"
    assert await submissions(client) == []


@anyio
@pytest.mark.sandbox
async def test_a_crashing_run_shows_its_errors_escaped(
    client: httpx.AsyncClient, learner: Account
) -> None:
    require_sandbox()
    code = "import sys\nprint('<script>x</script>', file=sys.stderr)\nraise SystemExit(3)\n"
    response = await form_post(client, RUN, {"code": code, "input": ""}, headers=HTMX)
    assert response.status_code == 200
    assert "<script>x</script>" not in response.text
    assert "&lt;script&gt;x&lt;/script&gt;" in response.text


TWO_SUM = (
    "class Solution:\n"
    "    def two_sum(self, nums, target):\n"
    "        print('looking', target)\n"
    "        seen = {}\n"
    "        for j, x in enumerate(nums):\n"
    "            if target - x in seen:\n"
    "                return [seen[target - x], j]\n"
    "            seen[x] = j\n"
    "        return [0, 0]\n"
)


def run_cases(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    case = r'<div class="run-output card" data-run-case="\d+".*?(?=<div class="run-output|\Z)'
    return re.findall(case, response.text, re.S)


@anyio
@pytest.mark.sandbox
async def test_a_function_problems_run_takes_the_samples_form_several_cases_at_once(
    client: httpx.AsyncClient, learner: Account
) -> None:
    require_sandbox()
    await add_judged_problem(client, "two-sum-fn")
    problem_page = await page(client, "/problems/two-sum-fn")
    # The box starts with the first sample exactly as it is shown (one argument a line).
    assert textarea_text(problem_page, "input") == "[2, 7, 11, 15]\n9\n"
    assert "one JSON argument a line" in problem_page.text
    text = "[2, 7, 11, 15]\n9\n---\n[3, 2, 4]\n6\n---\n[1, 5]\n6\n---\n[1, 2]\nnot json\n"
    response = await form_post(
        client, "/problems/two-sum-fn/run", {"code": TWO_SUM, "input": text}, headers=HTMX
    )
    first, second, third, fourth = run_cases(response)
    # sample-1: returns [0, 1] as expected; its print() is standard output, not an error.
    assert 'data-matches="yes"' in first and "Matches the expected output of sample-1" in first
    assert re.search(r"<pre data-run-stdout>looking 9\s*</pre>", first), first
    assert 'class="stderr"' not in first
    assert re.search(r"<pre data-run-expected>\[0, 1\]\s*</pre>", first)
    # sample-2 also matches; the third case is no sample: no expected output, no verdict.
    assert 'data-matches="yes"' in second and "sample-2" in second
    assert "data-matches" not in third and "data-run-expected" not in third
    assert re.search(r"<pre data-run-output>\[0, 1\]\s*</pre>", third)
    # A bad line is named, with an example from this problem, not another one.
    assert "line 2: not a JSON value" in fourth and "[2, 7, 11, 15]" in fourth


@anyio
@pytest.mark.sandbox
async def test_a_run_on_a_sample_with_a_wrong_output_shows_expected_and_a_diff(
    client: httpx.AsyncClient, learner: Account
) -> None:
    require_sandbox()
    wrong = "import sys\ndata = sys.stdin.read().split()\nprint(sum(map(int, data[2:])))\n"
    sample = textarea_text(await page(client, "/problems/sum-stdio"), "input")
    assert sample == "3\n1 2 3\n"
    response = await form_post(client, RUN, {"code": wrong, "input": sample}, headers=HTMX)
    (case,) = run_cases(response)
    assert 'data-matches="no"' in case and "Differs from the expected output of sample-1" in case
    assert '<span class="diff-del">- 6</span>' in case
    assert '<span class="diff-add">+ 5</span>' in case
    crash = await form_post(client, RUN, {"code": "1/0", "input": sample}, headers=HTMX)
    assert "<strong>Runtime error</strong>" in crash.text and ">runtime_error<" not in crash.text


@anyio
@pytest.mark.sandbox
async def test_a_run_on_a_sample_is_checked_as_submit_checks_it(
    client: httpx.AsyncClient, learner: Account
) -> None:
    """A float checker takes 2.3333333 for 2.333333333: Run must not say it differs."""
    require_sandbox()
    await add_judged_problem(client, "mean-float")
    sample = textarea_text(await page(client, "/problems/mean-float"), "input")
    assert sample == "3\n1 2 4\n"
    run = "/problems/mean-float/run"
    close = await form_post(
        client, run, {"code": "print(2.3333333)", "input": sample}, headers=HTMX
    )
    (case,) = run_cases(close)
    assert 'data-matches="yes"' in case and "Matches the expected output of sample-1" in case
    far = await form_post(client, run, {"code": "print(2.3)", "input": sample}, headers=HTMX)
    (case,) = run_cases(far)
    assert 'data-matches="no"' in case and '<span class="diff-add">+ 2.3</span>' in case


@anyio
async def test_a_refused_run_is_an_error_fragment_for_htmx(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(
        client, "/problems/no-such-problem/run", {"code": "print(1)"}, headers=HTMX
    )
    assert response.status_code == 200
    assert 'class="alert alert-error"' in response.text
    assert "<html" not in response.text
    plain = await form_post(client, "/problems/no-such-problem/run", {"code": "print(1)"})
    assert plain.status_code in (404, 422)
    assert is_html(plain)


# --- The live WebSocket with the session cookie ----------------------------------------------


@pytest.fixture
def browser(settings: Settings) -> Iterator[TestClient]:
    """A synchronous browser (TestClient speaks WebSocket) logged in as learner1, who has one
    judged submission."""
    with TestClient(create_app(settings)) as http:
        http.portal.call(add_judged_problem, http, "sum-stdio")  # type: ignore[union-attr]
        registered = http.post(
            "/api/v1/auth/register", json={"username": "learner1", "password": PASSWORD}
        )
        assert registered.status_code == 201
        login_page = http.get("/login", headers=HTML)
        logged_in = http.post(
            "/login",
            data={
                "username": "learner1",
                "password": PASSWORD,
                "csrf_token": csrf_from(login_page),
            },
            headers=HTML,
            follow_redirects=False,
        )
        assert logged_in.status_code == 303
        yield http


def submit_and_finish(http: TestClient) -> str:
    token = csrf_from(http.get("/problems/sum-stdio", headers=HTML))
    response = http.post(
        SUBMIT,
        data={"code": "print(6)", "csrf_token": token},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 202, response.text
    submission_id = str(response.json()["id"])

    async def done() -> None:
        async with sessionmaker_of(http)() as session:
            await session.execute(
                update(Submission)
                .where(Submission.id == uuid.UUID(submission_id))
                .values(status="done", verdict="AC")
            )
            await session.commit()

    http.portal.call(done)  # type: ignore[union-attr]
    return submission_id


def test_the_websocket_accepts_the_cookie_from_our_own_origin(browser: TestClient) -> None:
    submission_id = submit_and_finish(browser)
    with browser.websocket_connect(
        f"/api/v1/submissions/{submission_id}/events", headers={"Origin": "http://testserver"}
    ) as socket:
        # The channel's recent events come first (a late client sees what happened).
        while (event := socket.receive_json())["type"] != "final":
            assert event["type"] in ("queued", "running", "test", "heartbeat"), event
        assert event["verdict"] == "AC"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://testserver.evil"},
    ],
    ids=["no-origin", "foreign-origin", "null-origin", "lookalike-origin"],
)
def test_the_websocket_refuses_the_cookie_without_our_origin(
    browser: TestClient, headers: dict[str, str]
) -> None:
    submission_id = submit_and_finish(browser)
    path = f"/api/v1/submissions/{submission_id}/events"
    with pytest.raises(WebSocketDenialResponse) as refused:
        browser.websocket_connect(path, headers=headers).__enter__()
    assert refused.value.status_code == 401


def test_the_websocket_refuses_a_session_cookie_that_was_logged_out(
    browser: TestClient,
) -> None:
    submission_id = submit_and_finish(browser)
    stale = browser.cookies[SESSION_COOKIE]
    token = csrf_from(browser.get("/problems", headers=HTML))
    browser.post("/logout", data={"csrf_token": token}, headers=HTML, follow_redirects=False)
    browser.cookies.set(SESSION_COOKIE, stale)
    with pytest.raises(WebSocketDenialResponse) as refused:
        browser.websocket_connect(
            f"/api/v1/submissions/{submission_id}/events",
            headers={"Origin": "http://testserver"},
        ).__enter__()
    assert is_problem(refused.value, 401)
