"""The OpenAPI document declares the errors the API answers, each as problem+json."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers.app import TEST_SECRET
from winterarc.app import create_app
from winterarc.kit.errors import PROBLEM_JSON
from winterarc.kit.openapi import Problem, document_problems, problems
from winterarc.settings import Settings

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


@pytest.fixture
def document(tmp_path: Path) -> dict[str, Any]:
    settings = Settings(
        data_dir=tmp_path / "data",
        jwt_secret=TEST_SECRET,
        sync_content_on_start=False,
    )
    return create_app(settings).openapi()


def operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (f"{method.upper()} {path}", operation)
        for path, item in document["paths"].items()
        if path.startswith("/api/v1/")
        for method, operation in item.items()
    ]


def test_every_api_error_is_documented_as_problem_json_only(document: dict[str, Any]) -> None:
    for label, operation in operations(document):
        errors = {s: r for s, r in operation["responses"].items() if int(s) >= 400}
        assert "422" in errors, label
        for status, response in errors.items():
            assert response["content"] == {PROBLEM_JSON: {"schema": PROBLEM_REF}}, (label, status)
    assert "HTTPValidationError" not in document["components"]["schemas"]


def test_the_common_statuses_follow_the_kind_of_operation(document: dict[str, Any]) -> None:
    responses = {label: set(op["responses"]) for label, op in operations(document)}
    assert {"401", "404"} <= responses["GET /api/v1/cohorts/{cohort_id}"]
    assert {"400", "413"} <= responses["POST /api/v1/auth/register"]
    assert "401" not in responses["POST /api/v1/auth/register"]
    assert "404" not in responses["GET /api/v1/roadmap"]
    # What only a route knows, it declares.
    assert {"409", "429"} <= responses["POST /api/v1/auth/register"]
    assert "403" in responses["GET /api/v1/users"]


def test_the_problem_schema_describes_what_the_error_handlers_write() -> None:
    body = {
        "type": "urn:winterarc:error:validation-error",
        "title": "Invalid input",
        "status": 422,
        "detail": "page_size: must be at most 100",
        "instance": "/api/v1/problems",
        "errors": [{"loc": ["query", "page_size"], "msg": "must be at most 100"}],
        "retry_after": 3,  # extension members are allowed
    }
    assert Problem.model_validate(body).status == 422


def test_a_routes_own_statuses_are_kept_and_the_pass_is_idempotent() -> None:
    responses = {str(status): response for status, response in problems(409).items()}
    get = {"parameters": [{"in": "path", "name": "id"}], "responses": responses}
    schema: dict[str, Any] = {"paths": {"/api/v1/things/{id}": {"get": get}}}
    twice = document_problems(document_problems(schema))
    assert sorted(twice["paths"]["/api/v1/things/{id}"]["get"]["responses"]) == [
        "404",
        "409",
        "422",
    ]


def test_the_headers_an_error_always_carries_are_declared(document: dict[str, Any]) -> None:
    declared = dict(operations(document))
    unauthorized = declared["GET /api/v1/cohorts/{cohort_id}"]["responses"]["401"]
    assert unauthorized["headers"]["WWW-Authenticate"]["required"] is True
    limited = declared["POST /api/v1/auth/register"]["responses"]["429"]["headers"]
    assert {"Retry-After", "RateLimit-Policy", "RateLimit"} == set(limited)
    assert "headers" not in declared["POST /api/v1/auth/register"]["responses"]["409"]
