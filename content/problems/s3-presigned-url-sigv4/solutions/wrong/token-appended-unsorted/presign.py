# Caught by test_session_token_is_signed_in_order: the token is appended after the sorted
# parameters, so the canonical query is not sorted and S3 computes another signature.
"""Pre-signed S3 URLs with AWS Signature Version 4 (query-string authentication)."""

import hashlib
import hmac
from urllib.parse import quote

ALGORITHM = "AWS4-HMAC-SHA256"
MAX_EXPIRES = 7 * 24 * 3600  # SigV4 pre-signed URLs live at most 7 days


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()


def _derive(secret_key: str, date: str, region: str, service: str) -> bytes:
    key = _hmac(("AWS4" + secret_key).encode("utf-8"), date)
    key = _hmac(key, region)
    key = _hmac(key, service)
    return _hmac(key, "aws4_request")


def signing_key(secret_key: str, date: str, region: str, service: str) -> str:
    """The derived signing key, in hex (date is YYYYMMDD)."""
    return _derive(secret_key, date, region, service).hex()


def uri_encode(text: str, *, keep_slash: bool = False) -> str:
    """RFC 3986 encoding as SigV4 wants it: only A-Z a-z 0-9 - _ . ~ stay as they are."""
    return quote(text, safe="-_.~" + ("/" if keep_slash else ""))


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
    if method not in ("GET", "PUT"):
        raise ValueError(f"unsupported method {method!r}")
    if not 1 <= expires <= MAX_EXPIRES:
        raise ValueError("expires must be between 1 second and 7 days")
    date = now[:8]
    scope = f"{date}/{region}/s3/aws4_request"
    params = {
        "X-Amz-Algorithm": ALGORITHM,
        "X-Amz-Credential": f"{access_key}/{scope}",
        "X-Amz-Date": now,
        "X-Amz-Expires": str(expires),
        "X-Amz-SignedHeaders": "host",
    }
    query = "&".join(
        f"{uri_encode(name)}={uri_encode(value)}" for name, value in sorted(params.items())
    )
    if session_token is not None:
        query += "&X-Amz-Security-Token=" + uri_encode(session_token)
    path = "/" + uri_encode(key, keep_slash=True)  # S3: encoded once, slashes kept
    canonical_request = "\n".join(
        [method, path, query, f"host:{host}\n", "host", "UNSIGNED-PAYLOAD"]
    )
    string_to_sign = "\n".join(
        [ALGORITHM, now, scope, hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()]
    )
    signature = hmac.new(
        _derive(secret_key, date, region, "s3"), string_to_sign.encode("utf-8"), hashlib.sha256
    ).hexdigest()
    return f"https://{host}{path}?{query}&X-Amz-Signature={signature}"
