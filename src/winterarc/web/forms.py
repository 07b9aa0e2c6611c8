"""Form handling shared by pages: pydantic errors as per-field messages."""

from __future__ import annotations

from pydantic import ValidationError

from winterarc.kit.errors import AppError


def field_errors(error: ValidationError) -> dict[str, str]:
    """{field: first message} for re-rendering a form next to its inputs."""
    messages: dict[str, str] = {}
    for item in error.errors():
        field = str(item["loc"][0]) if item.get("loc") else "form"
        message = str(item.get("msg", "invalid")).removeprefix("Value error, ")
        messages.setdefault(field, message)
    return messages


def app_error_fields(error: AppError, default_field: str = "form") -> dict[str, str]:
    """{field: message} from a service's AppError (its `errors` extension when it has one)."""
    messages: dict[str, str] = {}
    for item in error.extensions.get("errors", []) or []:
        loc = item.get("loc") or []
        field = str(loc[-1]) if loc else default_field
        messages[field] = (
            f"{messages[field]}; {item.get('msg')}" if field in messages else str(item.get("msg"))
        )
    return messages or {default_field: error.detail}
