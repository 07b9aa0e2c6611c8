import pytest
import yaml


@pytest.fixture
def workflow(lab):
    """ci.yml as a mapping. YAML 1.1 reads the key `on` as the boolean true (PyYAML does);
    GitHub reads it as "on", and so do the checks."""
    try:
        found = yaml.safe_load(lab.files["ci.yml"])
    except yaml.YAMLError as error:
        pytest.fail(f"ci.yml is not valid YAML: {error}")
    assert isinstance(found, dict), "a workflow is a mapping with on: and jobs:"
    if True in found:
        found["on"] = found.pop(True)
    return found


def triggers(workflow):
    """The events that start the workflow, as {event: its settings}."""
    found = workflow.get("on")
    if isinstance(found, str):
        return {found: {}}
    if isinstance(found, list):
        return {event: {} for event in found}
    return {event: settings or {} for event, settings in (found or {}).items()}


def job(workflow, name):
    jobs = workflow.get("jobs") or {}
    assert name in jobs, f"a job named {name!r}"
    return jobs[name] or {}


def needs(spec):
    found = spec.get("needs") or []
    return [found] if isinstance(found, str) else list(found)


def steps(spec):
    return [step for step in spec.get("steps") or [] if isinstance(step, dict)]
