"""/quizzes pages: the list, a quiz as a form that keeps choices, the result with explanations."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from tests.helpers.content import load_content
from tests.helpers.factories import Account, db_scalar, make_account
from tests.helpers.pages import browser_login, form_post, is_html, page
from winterarc.quizzes.models import QuizAttempt

pytestmark = pytest.mark.anyio
QUIZ = "/quizzes/keys-basics"
ALL_RIGHT = {"q:primary": "a", "q:candidates": ["a", "b"]}


@pytest.fixture
async def quizzes(client: httpx.AsyncClient, content_dir: Path) -> None:
    await load_content(client, content_dir)


@pytest.fixture
async def learner(client: httpx.AsyncClient, quizzes: None) -> Account:
    account = await make_account(client, "learner1")
    await browser_login(client, "learner1")
    return account


def checked(html: str) -> set[tuple[str, str]]:
    """(question id, choice id) of every checked input."""
    return set(re.findall(r'name="q:([^"]+)" value="([^"]+)" checked', html))


async def attempts(client: httpx.AsyncClient) -> int:
    return int(await db_scalar(client, select(func.count()).select_from(QuizAttempt)))


# --- The list --------------------------------------------------------------------------------


async def test_the_list_shows_every_quiz(client: httpx.AsyncClient, quizzes: None) -> None:
    response = await page(client, "/quizzes")
    assert response.status_code == 200 and is_html(response)
    assert '<a href="/quizzes/keys-basics">Keys basics</a>' in response.text
    assert "2 questions" in response.text
    assert "your best" not in response.text


async def test_the_list_filters_by_topic(client: httpx.AsyncClient, quizzes: None) -> None:
    mine = await page(client, "/quizzes?topic=s2-w6-relational-model")
    assert "Keys basics" in mine.text
    assert 'href="/roadmap/s2-w6-relational-model"' in mine.text
    other = await page(client, "/quizzes?topic=s1-w1-asyncio")
    assert "Keys basics" not in other.text
    assert "No quizzes for this topic yet." in other.text


async def test_an_empty_list_says_so(client: httpx.AsyncClient) -> None:
    response = await page(client, "/quizzes")
    assert response.status_code == 200
    assert "No quizzes yet." in response.text


# --- A quiz ----------------------------------------------------------------------------------


async def test_a_visitor_reads_the_questions_but_cannot_answer(
    client: httpx.AsyncClient, quizzes: None
) -> None:
    response = await page(client, QUIZ)
    assert response.status_code == 200
    assert "Which property must a primary key have?" in response.text
    assert response.text.count(" disabled>") == 6
    assert f'href="/login?next={QUIZ}"' in response.text
    assert '<form method="post" action="/quizzes/keys-basics"' not in response.text
    assert "must be unique and never null" not in response.text  # no explanations before


async def test_a_learner_gets_a_form_with_radios_and_checkboxes(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await page(client, QUIZ)
    assert '<form method="post" action="/quizzes/keys-basics"' in response.text
    assert response.text.count('type="radio" name="q:primary"') == 3
    assert response.text.count('type="checkbox" name="q:candidates"') == 3
    assert checked(response.text) == set()


async def test_an_unknown_quiz_is_a_404_page(client: httpx.AsyncClient, quizzes: None) -> None:
    response = await page(client, "/quizzes/no-such-quiz")
    assert response.status_code == 404 and is_html(response)


async def test_an_incomplete_attempt_comes_back_with_the_choices_kept(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, QUIZ, {"q:candidates": ["a", "c"]})
    assert response.status_code == 422
    assert is_html(response)
    assert "Answer every question before submitting" in response.text
    assert checked(response.text) == {("candidates", "a"), ("candidates", "c")}
    assert 'id="err-primary"' in response.text
    assert 'id="err-candidates"' not in response.text
    assert await attempts(client) == 0


async def test_an_empty_attempt_marks_every_question(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, QUIZ, {})
    assert response.status_code == 422
    assert 'id="err-primary"' in response.text and 'id="err-candidates"' in response.text
    assert await attempts(client) == 0


async def test_an_invalid_choice_is_refused(client: httpx.AsyncClient, learner: Account) -> None:
    response = await form_post(client, QUIZ, {"q:primary": "z", "q:candidates": "a"})
    assert response.status_code == 422
    assert 'id="err-primary"' in response.text
    assert await attempts(client) == 0


async def test_a_complete_attempt_goes_to_the_result_with_explanations(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await form_post(client, QUIZ, ALL_RIGHT)
    assert response.status_code == 303
    assert response.headers["location"] == f"{QUIZ}/result"
    assert await attempts(client) == 1
    result = await page(client, f"{QUIZ}/result")
    assert result.status_code == 200
    assert "Keys basics: 2/2" in result.text
    assert "Passed" in result.text and "2 of 2 right — 100 %; 70 % passes." in result.text
    assert "must be unique and never null" in result.text
    assert "timestamps can collide" in result.text
    assert result.text.count('class="question card is-correct"') == 2


async def test_a_wrong_answer_shows_what_was_chosen_and_what_was_right(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await form_post(client, QUIZ, {"q:primary": "b", "q:candidates": ["a", "b"]})
    result = await page(client, f"{QUIZ}/result")
    assert "Keys basics: 1/2" in result.text
    assert "Not yet" in result.text
    assert result.text.count("is-wrong") == 1
    assert '<li class=" is-chosen">' in result.text
    assert "your wrong choice" in result.text
    assert "(your choice)" in result.text


async def test_the_quiz_page_remembers_the_best_score(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await form_post(client, QUIZ, {"q:primary": "b", "q:candidates": ["a"]})
    await form_post(client, QUIZ, ALL_RIGHT)
    quiz = await page(client, QUIZ)
    assert "your best 100%" in quiz.text
    assert f'href="{QUIZ}/result">last result' in quiz.text
    listing = await page(client, "/quizzes")
    assert "your best 100 % · passed" in listing.text
    result = await page(client, f"{QUIZ}/result")
    assert "Attempt 2." in result.text


async def test_the_result_without_an_attempt_goes_back_to_the_quiz(
    client: httpx.AsyncClient, learner: Account
) -> None:
    response = await page(client, f"{QUIZ}/result")
    assert response.status_code == 303
    assert response.headers["location"] == QUIZ


async def test_another_learners_attempt_is_not_my_result(
    client: httpx.AsyncClient, learner: Account
) -> None:
    await form_post(client, QUIZ, ALL_RIGHT)
    await make_account(client, "learner2")
    await browser_login(client, "learner2")
    response = await page(client, f"{QUIZ}/result")
    assert response.status_code == 303


async def test_a_visitor_is_sent_to_log_in_for_results(
    client: httpx.AsyncClient, quizzes: None
) -> None:
    response = await page(client, f"{QUIZ}/result")
    assert response.status_code == 303
    assert response.headers["location"] == f"/login?next={QUIZ}/result"
