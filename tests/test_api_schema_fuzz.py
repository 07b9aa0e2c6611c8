"""Property-based fuzzing of the whole /api/v1 OpenAPI document (schemathesis) against a real
server, on SQLite and on PostgreSQL, anonymously and as a signed-in learner: no 5xx, every
error is problem+json, and every answer is one the document declares, with a body that fits."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hypothesis
import hypothesis.errors
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.helpers.content import copy_content
from tests.helpers.processes import account, serving
from winterarc.db import migrate
from winterarc.kit.errors import PROBLEM_JSON

pytestmark = pytest.mark.slow

# Per operation, per generation mode and per caller: 2,600 requests or so, about 40 s per
# database on an idle 2-core machine, 90 s under coverage (which traces schemathesis too).
# Derandomized: a CI failure replays locally.
EXAMPLES = 12
SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=False,
)
REPORT_CHARS = 3000
# Operations that cannot be fuzzed as the learner, and why.
LEARNER_EXCLUDED = {
    # It revokes the caller's access token: every later request would only test the 401.
    "POST /api/v1/auth/logout",
}


def problem_json_errors(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """Every error the API answers is RFC 9457 problem+json."""
    if response.status_code >= 400:
        content_type = response.headers.get("content-type", [""])[0]
        assert content_type.split(";")[0] == PROBLEM_JSON, (
            f"{response.status_code} answered as {content_type!r}, not {PROBLEM_JSON}"
        )
    return None


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    problem_json_errors,
]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A real `winterarc serve` on a fresh data directory (and a fresh PostgreSQL database)."""
    settings: dict[str, str] = {"workers": "0"}  # nothing is judged: submissions stay queued
    if request.param == "postgres":
        make_database: Callable[[str], str] = request.getfixturevalue("make_postgres_database")
        database_url = make_database("fuzz_" + uuid.uuid4().hex[:8])
        migrate.upgrade(database_url)
        settings["database_url"] = database_url
    content = copy_content(tmp_path, ["sum-stdio"])
    with serving(tmp_path, content, settings) as server:
        yield server.url


def fuzz(
    operation: schemathesis.APIOperation[Any, Any, Any, Any], base_url: str, headers: dict[str, str]
) -> list[str]:
    """What the checks found wrong with one operation, one line group per failure."""
    failures: list[str] = []
    with requests.Session() as session:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @SETTINGS
            @hypothesis.given(case=operation.as_strategy(mode))
            def check(case: schemathesis.Case[Any]) -> None:
                case.call_and_validate(
                    base_url=base_url, session=session, headers=headers, checks=CHECKS
                )

            try:
                check()
            except hypothesis.errors.Unsatisfiable:
                # Nothing to make invalid: an operation without parameters or a body.
                assert mode is GenerationMode.NEGATIVE
            except (Exception, BaseExceptionGroup) as error:  # a FailureGroup is the latter
                report = str(error)  # a request of 100 kB is shown whole otherwise
                failures.append(f"{operation.label} [{mode.value}]: {report[:REPORT_CHARS]}")
    return failures


def test_every_operation_answers_as_documented_and_never_fails(server_url: str) -> None:
    schema = schemathesis.openapi.from_url(f"{server_url}/openapi.json")
    # Invalid input too large for the body limit is refused as such, before it is parsed.
    rejection = schema.config.checks.negative_data_rejection
    rejection.expected_statuses = [*rejection.expected_statuses, "413"]
    learner = asyncio.run(account(server_url, "fuzzer"))
    failures: list[str] = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # the document itself is invalid
        operation = result.ok()
        if not operation.path.startswith("/api/v1/"):
            continue
        failures += fuzz(operation, server_url, {})
        if operation.label not in LEARNER_EXCLUDED:
            failures += [f"as a learner: {f}" for f in fuzz(operation, server_url, learner)]
    assert not failures, "\n\n".join(failures)
