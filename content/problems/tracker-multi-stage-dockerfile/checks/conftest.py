import pytest
from sample_dockerfile import Dockerfile


@pytest.fixture
def dockerfile(lab):
    return Dockerfile(lab.files["Dockerfile"])
