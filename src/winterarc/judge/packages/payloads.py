"""Sandbox payloads per problem type, and strict JSON decoding."""

from __future__ import annotations

import json
from typing import Any

from winterarc.judge.packages.model import JSONValue


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def decode_json(data: bytes | str) -> Any:
    """Strict JSON: NaN and Infinity are refused; raises ValueError (with the position)."""
    # json.JSONDecodeError is a ValueError; UnicodeDecodeError is one too.
    return json.loads(data, parse_constant=_refuse_constant)


def encode_json(value: object) -> bytes:
    """Compact UTF-8 JSON, the form every payload takes."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def function_payload(args: list[JSONValue]) -> bytes:
    """`{"args": [...]}` for a function problem."""
    return encode_json({"args": args})


def design_payload(ops: list[str], args: list[JSONValue]) -> bytes:
    """`{"ops": [...], "args": [...]}` for a design problem."""
    return encode_json({"ops": ops, "args": args})


def sql_payload(data_sql: str | None) -> bytes:
    """`{"data_sql": ...}` for a sql problem (the schema travels in the program spec)."""
    return encode_json({"data_sql": data_sql})
