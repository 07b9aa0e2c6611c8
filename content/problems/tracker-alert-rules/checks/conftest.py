import pytest
import yaml

ALERTS = ("TrackerHighErrorRate", "TrackerHighLatency", "TrackerDown")


@pytest.fixture
def rule_file(lab):
    try:
        found = yaml.safe_load(lab.files["alerts.yml"])
    except yaml.YAMLError as error:
        pytest.fail(f"alerts.yml is not valid YAML: {error}")
    assert isinstance(found, dict), "a rule file is a mapping with a groups: list"
    return found


@pytest.fixture
def alerts(rule_file):
    """{alert name: rule} over every group."""
    found = {}
    for group in rule_file.get("groups") or []:
        for rule in (group or {}).get("rules") or []:
            if isinstance(rule, dict) and "alert" in rule:
                found[rule["alert"]] = rule
    return found


def seconds(text):
    """A Prometheus duration (5m, 1h30m) in seconds, or None if it is not one."""
    import re

    units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31536000}
    if not isinstance(text, str) or not re.fullmatch(r"(\d+(ms|s|m|h|d|w|y))+", text):
        return None
    return sum(int(n) * units[unit] for n, unit in re.findall(r"(\d+)(ms|s|m|h|d|w|y)", text))
