import pytest
from sigv4_verify import verify

SECRET = "fake/SECRET+key/for-the-checks0000000000"
BASE = {
    "region": "eu-west-3",
    "access_key": "AKIAWINTERARCEXAMPLE",
    "secret_key": SECRET,
    "now": "20260314T091500Z",
    "expires": 900,
}
HOST = "tracker-labels-prod.s3.eu-west-3.amazonaws.com"


def presign(learner, method, key, **changes):
    arguments = {**BASE, **changes}
    return learner.call("presign", "presign", method, HOST, key, **arguments)


def verified(url, method="GET", secret=SECRET):
    ok, why, facts = verify(url, method=method, secret_key=secret)
    assert ok, why
    return facts


def test_signature_verifies_for_other_inputs(learner):
    """A URL for another bucket, region, time and key verifies with S3's own algorithm."""
    url = presign(learner, "GET", "labels/2026/03/TRK-1001.pdf")
    facts = verified(url)
    params = facts["params"]
    assert facts["host"] == HOST and facts["key"] == "labels/2026/03/TRK-1001.pdf"
    assert params["X-Amz-Credential"] == "AKIAWINTERARCEXAMPLE/20260314/eu-west-3/s3/aws4_request"
    assert params["X-Amz-Date"] == "20260314T091500Z" and params["X-Amz-Expires"] == "900"
    assert params["X-Amz-SignedHeaders"] == "host"


def test_keys_are_uri_encoded(learner):
    """Spaces are %20 (not +), UTF-8 is percent-encoded, slashes in the key stay slashes."""
    key = "labels/2026 Q1/étiquette (1).pdf"
    url = presign(learner, "GET", key)
    path = url.split("?", 1)[0].split(HOST, 1)[1]
    assert path == "/labels/2026%20Q1/%C3%A9tiquette%20%281%29.pdf", (
        f"path {path}: encode every byte of the UTF-8 key except A-Z a-z 0-9 - _ . ~ and /, "
        "as %XX with upper-case hex; a space is %20 (quote_plus's '+' means a plus sign to S3)"
    )
    verified(url)


def test_reserved_characters_in_keys(learner):
    """~ stays; + = & ? # are percent-encoded in the path, once (S3 does not double-encode)."""
    key = "exports/a~b+c=d&e?f#g.csv"
    url = presign(learner, "GET", key)
    path = url.split("?", 1)[0].split(HOST, 1)[1]
    assert path == "/exports/a~b%2Bc%3Dd%26e%3Ff%23g.csv", f"path {path}"
    assert verified(url)["key"] == key


def test_session_token_is_signed_in_order(learner):
    """With temporary credentials, X-Amz-Security-Token is in the sorted, signed query."""
    token = "IQoJb3JpZ2luX2VjEJr//////////wEaCWV1LXdlc3QtMyJHMEUCIQ+session=="
    url = presign(learner, "GET", "labels/TRK-2040.pdf", session_token=token)
    facts = verified(url)
    assert facts["params"].get("X-Amz-Security-Token") == token, (
        "the token travels in X-Amz-Security-Token, encoded (/ + = become %2F %2B %3D)"
    )
    names = [part.split("=", 1)[0] for part in facts["raw_query"].split("&")]
    assert names[:-1] == sorted(names[:-1]) and names[-1] == "X-Amz-Signature", (
        f"query parameters {names}: sorted by name (X-Amz-Security-Token comes before "
        "X-Amz-SignedHeaders), X-Amz-Signature last"
    )


def test_put_urls_are_signed_for_put(learner):
    """A PUT URL (an upload) is signed with PUT: S3 refuses it for a GET, and vice versa."""
    url = presign(learner, "PUT", "uploads/TRK-1002/photo.jpg")
    verified(url, method="PUT")
    ok, _, _ = verify(url, method="GET", secret_key=SECRET)
    assert not ok, "a URL signed for PUT must not verify as a GET"


@pytest.mark.parametrize("expires", [0, -60, 604801])
def test_expiry_outside_one_second_to_seven_days_is_refused(learner, expires):
    """expires must be 1..604800 seconds (7 days): anything else raises ValueError."""
    with learner.raises("ValueError"):
        presign(learner, "GET", "labels/x.pdf", expires=expires)


def test_the_longest_expiry_is_seven_days(learner):
    """expires=604800 (exactly 7 days) is accepted and signed."""
    facts = verified(presign(learner, "GET", "labels/x.pdf", expires=604800))
    assert facts["params"]["X-Amz-Expires"] == "604800"


def test_scope_date_is_the_request_date(learner):
    """Just before midnight UTC, the credential scope's date is still that day."""
    facts = verified(presign(learner, "GET", "labels/y.pdf", now="20251231T235959Z"))
    assert facts["params"]["X-Amz-Credential"].split("/")[1] == "20251231"
