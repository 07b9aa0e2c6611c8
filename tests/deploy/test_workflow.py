""".github/workflows/ci.yml: valid YAML with the jobs the release process relies on, and its
test job runs .ci/run (the one definition of a passing build)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).parents[2]


def workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    return loaded


def steps(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) + str(step.get("uses", "")) for step in job["steps"])


def test_the_workflow_has_triggers_and_the_four_jobs_in_order() -> None:
    flow = workflow()
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1).
    triggers = flow.get("on", flow.get(True))
    assert {"push", "pull_request"} <= set(triggers)
    jobs = flow["jobs"]
    assert set(jobs) == {"lint", "test", "image", "deploy"}
    assert jobs["test"]["needs"] == "lint"
    assert jobs["image"]["needs"] == "test"
    assert jobs["deploy"]["needs"] == "image"
    for job in jobs.values():
        assert job["runs-on"] and job["steps"]


def test_the_test_job_runs_ci_run_against_service_containers() -> None:
    test = workflow()["jobs"]["test"]
    assert "bash .ci/run" in steps(test)
    assert {"postgres", "redis"} <= set(test["services"])
    assert "rabbitmq-server" in steps(test)


def test_lint_covers_the_linters_and_the_dockerfile() -> None:
    lint = steps(workflow()["jobs"]["lint"])
    for tool in ("ruff check", "ruff format --check", "mypy", "lint-imports", "hadolint"):
        assert tool in lint


def test_the_image_is_pushed_to_ghcr_and_deployment_is_gated() -> None:
    jobs = workflow()["jobs"]
    image = jobs["image"]
    assert image["permissions"]["packages"] == "write"
    assert "docker/build-push-action" in steps(image)
    assert "deploy/Dockerfile" in str(image["steps"])
    deploy = jobs["deploy"]
    assert deploy["environment"]["name"] == "production"  # reviewers gate it
    assert "refs/heads/main" in deploy["if"]
    assert "kubectl apply -k deploy/kubernetes/overlays/example" in steps(deploy)
    assert (ROOT / "deploy" / "kubernetes" / "overlays" / "example").is_dir()
