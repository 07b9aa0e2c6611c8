"""The checks' own SigV4 verifier (standard library only): what S3 does with a pre-signed URL."""

import hashlib
import hmac
from urllib.parse import quote, unquote, urlsplit

UNRESERVED = "-_.~"


def _encode(text, keep_slash=False):
    return quote(text, safe=UNRESERVED + ("/" if keep_slash else ""))


def _hmac(key, message):
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def _query(raw):
    """The query's (name, value) pairs, decoded as S3 decodes them (%XX only; '+' is '+'
    here, but S3 reads a raw '+' as a space, so a correct URL never has one)."""
    pairs = []
    for part in raw.split("&"):
        name, _, value = part.partition("=")
        pairs.append((unquote(name), unquote(value.replace("+", " "))))
    return pairs


def verify(url, *, method, secret_key):
    """Check a pre-signed URL as S3 would: returns (ok, why, parts)."""
    parts = urlsplit(url)
    if parts.scheme != "https":
        return False, f"the URL starts with {parts.scheme}://, not https://", {}
    params = dict(_query(parts.query))
    signature = params.pop("X-Amz-Signature", None)
    if signature is None:
        return False, "no X-Amz-Signature in the query string", {}
    key = unquote(parts.path[1:])
    canonical_path = "/" + _encode(key, keep_slash=True)
    canonical_query = "&".join(f"{_encode(n)}={_encode(v)}" for n, v in sorted(params.items()))
    canonical_request = "\n".join(
        [method, canonical_path, canonical_query, f"host:{parts.netloc}\n", "host", "UNSIGNED-PAYLOAD"]
    )
    credential = params.get("X-Amz-Credential", "")
    scope = credential.partition("/")[2]
    date, region, service = (scope.split("/") + ["", "", ""])[:3]
    string_to_sign = "\n".join(
        [
            params.get("X-Amz-Algorithm", ""),
            params.get("X-Amz-Date", ""),
            scope,
            hashlib.sha256(canonical_request.encode()).hexdigest(),
        ]
    )
    signing = _hmac(("AWS4" + secret_key).encode(), date)
    for part in (region, service, "aws4_request"):
        signing = _hmac(signing, part)
    expected = hmac.new(signing, string_to_sign.encode(), hashlib.sha256).hexdigest()
    facts = {
        "key": key,
        "path": parts.path,
        "host": parts.netloc,
        "params": params,
        "raw_query": parts.query,
        "canonical_query": canonical_query,
    }
    if not hmac.compare_digest(expected, signature):
        return False, (
            "S3 would answer 403 SignatureDoesNotMatch: the signature does not match the "
            f"canonical request it computes from your URL:\n{canonical_request}"
        ), facts
    return True, "", facts
