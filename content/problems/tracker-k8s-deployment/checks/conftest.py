import pytest
import yaml


@pytest.fixture
def documents(lab):
    """The manifest's documents (empty ones, such as a trailing ---, left out)."""
    try:
        found = list(yaml.safe_load_all(lab.files["k8s.yaml"]))
    except yaml.YAMLError as error:
        pytest.fail(f"k8s.yaml is not valid YAML: {error}")
    return [document for document in found if document is not None]


def one(documents, kind):
    found = [d for d in documents if isinstance(d, dict) and d.get("kind") == kind]
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


@pytest.fixture
def deployment(documents):
    return one(documents, "Deployment")


@pytest.fixture
def service(documents):
    return one(documents, "Service")


@pytest.fixture
def ingress(documents):
    return one(documents, "Ingress")


@pytest.fixture
def pod(deployment):
    """The Deployment's pod template."""
    return deployment["spec"]["template"]


@pytest.fixture
def containers(pod):
    found = pod["spec"]["containers"]
    assert found, "the pod template needs a container"
    return found


def port_of(container, port):
    """The containerPort a probe's or Service's port (a number or a name) refers to."""
    for declared in container.get("ports") or []:
        if port in (declared.get("containerPort"), declared.get("name")):
            return declared.get("containerPort")
    return port if isinstance(port, int) else None
