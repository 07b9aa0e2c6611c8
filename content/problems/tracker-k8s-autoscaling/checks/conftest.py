import pytest
import yaml


def load(lab, name):
    """A file's documents (empty ones, such as a trailing ---, left out)."""
    try:
        found = list(yaml.safe_load_all(lab.files[name]))
    except yaml.YAMLError as error:
        pytest.fail(f"{name} is not valid YAML: {error}")
    return [document for document in found if document is not None]


@pytest.fixture
def manifests(lab):
    return {name: load(lab, name) for name in ("k8s.yaml", "hpa.yaml")}


@pytest.fixture
def hpa(manifests):
    found = manifests["hpa.yaml"]
    assert len(found) == 1 and isinstance(found[0], dict), "hpa.yaml holds one document"
    assert found[0].get("kind") == "HorizontalPodAutoscaler", "hpa.yaml: a HorizontalPodAutoscaler"
    return found[0]


@pytest.fixture
def deployment(manifests):
    found = [d for d in manifests["k8s.yaml"] if isinstance(d, dict) and d.get("kind") == "Deployment"]
    assert len(found) == 1, "k8s.yaml keeps its one Deployment (stage 3)"
    return found[0]
