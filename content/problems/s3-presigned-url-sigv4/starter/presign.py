"""Pre-signed S3 URLs with AWS Signature Version 4 (query-string authentication)."""

import hashlib
import hmac
from urllib.parse import quote


def signing_key(secret_key: str, date: str, region: str, service: str) -> str:
    """The derived signing key, in hex (date is YYYYMMDD)."""
    raise NotImplementedError  # TODO: the four chained HMAC-SHA256 steps


def presign(
    method: str,
    host: str,
    key: str,
    *,
    region: str,
    access_key: str,
    secret_key: str,
    now: str,
    expires: int,
    session_token: str | None = None,
) -> str:
    # TODO: build the canonical request, the string to sign, and the signature.
    return f"https://{host}/{quote(key)}"
