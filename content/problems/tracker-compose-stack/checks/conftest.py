import pytest
import yaml


@pytest.fixture
def compose(lab):
    try:
        found = yaml.safe_load(lab.files["compose.yaml"])
    except yaml.YAMLError as error:
        pytest.fail(f"compose.yaml is not valid YAML: {error}")
    assert isinstance(found, dict), "compose.yaml is a mapping with a services: key"
    return found


def service(compose, name):
    services = compose.get("services") or {}
    assert name in services, f"a service named {name!r}"
    return services[name] or {}


def environment(spec):
    """A service's environment as {name: value}, from either of Compose's two forms."""
    found = spec.get("environment") or {}
    if isinstance(found, list):
        return dict(str(item).partition("=")[::2] for item in found)
    return {str(key): "" if value is None else str(value) for key, value in found.items()}
