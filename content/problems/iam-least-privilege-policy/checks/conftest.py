import json

import pytest

BUCKET = "arn:aws:s3:::tracker-labels-prod"
KEY = "arn:aws:kms:eu-west-3:123456789012:key/5f1c3a8e-7b2d-4c9e-a1f0-3d6b8e2c9a47"
VIA_S3 = {"kms:ViaService": "s3.eu-west-3.amazonaws.com"}


@pytest.fixture
def policy(lab):
    try:
        found = json.loads(lab.files["policy.json"])
    except ValueError as error:
        pytest.fail(f"policy.json is not valid JSON: {error}")
    assert isinstance(found, dict), "a policy document is a JSON object"
    return found


def statements(policy):
    found = policy.get("Statement", [])
    return [found] if isinstance(found, dict) else list(found)
