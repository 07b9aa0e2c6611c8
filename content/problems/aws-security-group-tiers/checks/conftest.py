import json

import pytest

GROUPS = ("LoadBalancerSG", "AppSG", "DatabaseSG")


@pytest.fixture
def template(lab):
    try:
        found = json.loads(lab.files["network.json"])
    except ValueError as error:
        pytest.fail(f"network.json is not valid JSON: {error}")
    assert isinstance(found, dict), "a template is a JSON object with Resources"
    return found
