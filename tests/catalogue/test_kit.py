"""The learner kit: every package's kit loads locally and holds nothing a learner must not see."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.helpers.api import assert_problem
from tests.helpers.factories import add_judged_problem
from winterarc.catalogue.kit import learner_kit
from winterarc.client.kit import load_kit
from winterarc.judge.packages.files import read_folder

CONTENT = Path(__file__).parents[2] / "content" / "problems"
PACKAGES = sorted(p for p in CONTENT.iterdir() if (p / "problem.toml").is_file())


def names(kit: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(kit)).namelist()


@pytest.mark.parametrize("folder", PACKAGES[::7], ids=lambda p: p.name)
def test_a_kit_loads_with_samples_only_and_no_secrets(folder: Path, tmp_path: Path) -> None:
    files = read_folder(folder).files
    kit = learner_kit(files, folder.name)
    inside = names(kit)
    assert all(name.startswith(f"{folder.name}/") for name in inside)
    assert not any(
        "/solutions/" in n or n.endswith(("editorial.md", "generator.py")) for n in inside
    )
    path = tmp_path / "kit.zip"
    path.write_bytes(kit)
    package = load_kit(path)
    assert package.solutions == () and package.editorial == ""
    if package.lab is None:
        assert package.tests and all(test.is_sample for test in package.tests)
    else:
        hidden = [n for n in files if n.startswith("checks/test_") and "test_sample" not in n]
        assert not any(n.endswith(h) for h in hidden for n in inside)
        assert package.lab.visible_checks()


def test_the_generator_table_goes_and_the_rest_of_the_manifest_stays(tmp_path: Path) -> None:
    folder = next(p for p in PACKAGES if b"[generator]" in (p / "problem.toml").read_bytes())
    kit = zipfile.ZipFile(io.BytesIO(learner_kit(read_folder(folder).files, folder.name)))
    manifest = kit.read(f"{folder.name}/problem.toml").decode()
    assert "[generator]" not in manifest and "seeds" not in manifest
    assert f'slug = "{folder.name}"' in manifest


@pytest.mark.anyio
async def test_the_kit_is_served_for_a_judged_problem(client: httpx.AsyncClient) -> None:
    await add_judged_problem(client, "sum-stdio")
    response = await client.get("/api/v1/problems/sum-stdio/kit.zip")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    inside = names(response.content)
    assert "sum-stdio/problem.toml" in inside and "sum-stdio/statement.md" in inside
    assert any("/tests/sample" in n for n in inside)
    assert not any("/solutions/" in n for n in inside)
    assert_problem(await client.get("/api/v1/problems/no-such/kit.zip"), 404, "not-found")
