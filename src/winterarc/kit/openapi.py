"""The OpenAPI document tells the truth about errors: each is problem+json (kit.errors).

Routes name the error statuses that are theirs with `problems(404, 409)`; `document_problems`
gives every error response of the API the Problem schema and adds the statuses every operation
of a kind can answer: 422 always, 401 with credentials, 400 and 413 with a body (unparseable,
too large), 404 with a path parameter (nothing by that name). A 401 documents its
`WWW-Authenticate` header and a 429 its `Retry-After` and RateLimit headers."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from pydantic import BaseModel, ConfigDict

from winterarc.kit.errors import PROBLEM_JSON

API_PREFIX = "/api/v1/"
_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
_TEXT = {"type": "string"}
# The headers an error status always carries (kit.errors.Unauthorized, ratelimit.RateLimited).
_HEADERS: dict[str, dict[str, Any]] = {
    "401": {
        "WWW-Authenticate": {
            "description": "The scheme to authenticate with: `Bearer`.",
            "required": True,
            "schema": _TEXT,
        },
    },
    "429": {
        "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "required": True,
            "schema": {"type": "string", "pattern": "^[0-9]+$"},
        },
        "RateLimit-Policy": {
            "description": "The limit that was reached (IETF RateLimit header fields draft).",
            "required": True,
            "schema": _TEXT,
        },
        "RateLimit": {
            "description": "What remains of that limit (nothing) and when more is allowed.",
            "required": True,
            "schema": _TEXT,
        },
    },
}


class FieldError(BaseModel):
    loc: list[str]
    msg: str


class Problem(BaseModel):
    """An RFC 9457 problem: `type` is a stable `urn:winterarc:error:CODE`."""

    # Some problems carry extension members (a retry delay, the validation errors).
    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[FieldError] | None = None


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: the error statuses it answers besides the common ones."""
    return {status: {"description": HTTPStatus(status).phrase} for status in statuses}


def _common_statuses(operation: dict[str, Any]) -> list[int]:
    statuses = [422]
    if operation.get("security"):
        statuses.append(401)  # a missing, expired or revoked token
    if "requestBody" in operation:
        statuses += [400, 413]  # a body that cannot be parsed; the body limit
    if any(parameter.get("in") == "path" for parameter in operation.get("parameters", ())):
        statuses.append(404)
    return statuses


def document_problems(schema: dict[str, Any]) -> dict[str, Any]:
    """Every API error response as problem+json, the common statuses added (in place)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components["FieldError"] = components["Problem"].pop("$defs")["FieldError"]
    for path, item in schema.get("paths", {}).items():
        if not path.startswith(API_PREFIX):
            continue
        for operation in item.values():
            responses = operation.setdefault("responses", {})
            for status in _common_statuses(operation):
                responses.setdefault(str(status), {"description": HTTPStatus(status).phrase})
            for status, response in responses.items():
                if status.isdigit() and int(status) >= 400:
                    response["content"] = {PROBLEM_JSON: {"schema": _PROBLEM_REF}}
                    if status in _HEADERS:
                        response["headers"] = _HEADERS[status]
    # FastAPI's own validation error shapes, which no response uses any more.
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    return schema
