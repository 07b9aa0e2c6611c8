from conftest import job, steps, triggers


def test_sample_lint_test_and_build_jobs(workflow):
    assert set(workflow.get("jobs") or {}) == {"lint", "test", "build"}, (
        "three jobs: lint, test and build (a failure then says which stage broke)"
    )
    events = triggers(workflow)
    assert "pull_request" in events, "run on pull_request: check a change before it is merged"
    branches = (events.get("push") or {}).get("branches")
    assert branches == ["main"], "run on push to main (push: branches: [main])"


def test_sample_test_job_runs_pytest(workflow):
    scripts = [step.get("run", "") for step in steps(job(workflow, "test"))]
    assert any("pytest" in script for script in scripts), "the test job runs pytest"
