import re

import jsonschema
from conftest import job, needs, steps
from workflow_schema import SCHEMA

PINNED = re.compile(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}")
DOCKER_PINNED = re.compile(r"docker://[^@\s]+@sha256:[0-9a-f]{64}")
POSTGRES = re.compile(r"(docker\.io/)?(library/)?postgres:1[67](\.\d+)?(-[a-z0-9.]+)?(@sha256:[0-9a-f]{64})?")
UNSAFE_IN_RUN = re.compile(
    r"\$\{\{[^}]*\b(secrets\.|github\.event\.|github\.head_ref)[^}]*\}\}"
)
MAIN_ONLY = re.compile(r"github\.ref\s*==\s*'refs/heads/main'|github\.ref_name\s*==\s*'main'")


def all_steps(workflow):
    for name, spec in (workflow.get("jobs") or {}).items():
        for step in steps(spec or {}):
            yield name, step


def test_workflow_matches_the_schema(workflow):
    """ci.yml fits the workflow syntax (known keys, right types, uses or run per step)."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(workflow), key=lambda error: list(error.absolute_path))
    problems = [
        f"{'.'.join(str(part) for part in error.absolute_path) or '(top level)'}: {error.message}"
        for error in errors
    ]
    assert not problems, "not a valid workflow:\n" + "\n".join(problems[:5])


def test_jobs_run_in_order(workflow):
    """test needs lint, and build needs test: a broken stage stops the ones after it."""
    assert "lint" in needs(job(workflow, "test")), "test: needs: lint"
    assert "test" in needs(job(workflow, "build")), (
        "build: needs: test. Without it, build starts at once, in parallel, and an image of "
        "a commit whose tests fail is built and pushed"
    )


def test_token_is_read_only_by_default(workflow):
    """Top-level permissions: contents: read; write access only where a job needs it."""
    top = workflow.get("permissions")
    assert top == {"contents": "read"}, (
        f"permissions at the top level is {top!r}, expected {{contents: read}}: the "
        "GITHUB_TOKEN's default may write to the repository, and any step (any third-party "
        "action) can use it"
    )
    for name, spec in (workflow.get("jobs") or {}).items():
        granted = (spec or {}).get("permissions") or {}
        assert granted != "write-all", f"{name}: permissions: write-all"
        if isinstance(granted, dict):
            writes = {scope for scope, level in granted.items() if level == "write"}
            allowed = {"packages"} if name == "build" else set()
            assert writes <= allowed, (
                f"{name}: write permission on {sorted(writes - allowed)}: only build needs to "
                "write, and only packages (to push the image)"
            )


def test_actions_are_pinned_to_commits(workflow):
    """Every uses: names an action at a full 40-character commit SHA."""
    for name, step in all_steps(workflow):
        uses = step.get("uses")
        if uses is None or uses.startswith("./"):
            continue
        assert PINNED.fullmatch(uses) or DOCKER_PINNED.fullmatch(uses), (
            f"{name}: uses: {uses}: a tag or a branch can be moved to other code (a compromised "
            "action's tag was rewritten to steal CI secrets, tj-actions/changed-files in 2025); "
            "pin the full commit SHA and keep the version in a comment"
        )


def test_lint_job_runs_ruff(workflow):
    """The lint job runs ruff check."""
    scripts = " ".join(step.get("run", "") for step in steps(job(workflow, "lint")))
    assert re.search(r"\bruff check\b", scripts), "lint: a step that runs ruff check"


def test_postgres_service_is_healthy_before_tests(workflow):
    """The test job has a pinned postgres service with a pg_isready health check."""
    services = job(workflow, "test").get("services") or {}
    postgres = [spec for spec in services.values() if "postgres" in str(spec.get("image", ""))]
    assert postgres, "test: a service container running postgres"
    spec = postgres[0]
    assert POSTGRES.fullmatch(spec["image"]), (
        f"image {spec['image']}: pin PostgreSQL 16 or 17 to a version tag, as production runs"
    )
    options = spec.get("options", "")
    assert "--health-cmd" in options and "pg_isready" in options, (
        "options: --health-cmd pg_isready (with --health-interval, --health-retries): the "
        "runner waits for a service's health check before the first step; without one, "
        "pytest starts while PostgreSQL is still initialising"
    )
    assert "--health-interval" in options and "--health-retries" in options, (
        "set --health-interval and --health-retries too"
    )


def test_tests_reach_the_service(workflow):
    """The test job's DATABASE_URL reaches the service: localhost:5432 mapped on the runner."""
    spec = job(workflow, "test")
    services = spec.get("services") or {}
    name = next((key for key, value in services.items() if "postgres" in str(value.get("image"))), None)
    assert name, "test: a postgres service"
    urls = [str((spec.get("env") or {}).get("DATABASE_URL", ""))]
    urls += [str((step.get("env") or {}).get("DATABASE_URL", "")) for step in steps(spec)]
    urls = [url for url in urls if url]
    assert urls, "test: set DATABASE_URL (job env, or the pytest step's env)"
    host = re.search(r"@([^:/]+)(?::(\d+))?", urls[0])
    assert host, f"DATABASE_URL {urls[0]!r}: expected postgresql://user:password@host:5432/db"
    if spec.get("container"):
        assert host.group(1) == name, (
            f"the job runs in a container: reach the service by its name, {name}"
        )
        return
    assert host.group(1) in ("localhost", "127.0.0.1"), (
        f"DATABASE_URL host {host.group(1)!r}: the job's steps run on the runner itself, not "
        "in a container, so the service is reached on localhost through its mapped port"
    )
    ports = [str(port) for port in services[name].get("ports") or []]
    assert "5432:5432" in ports, f"{name}: ports: [5432:5432] maps the service onto the runner"


def test_image_is_tagged_with_the_commit(workflow):
    """The build job builds the image ghcr.io/winterarc/tracker tagged with github.sha."""
    found = []
    for step in steps(job(workflow, "build")):
        tags = str((step.get("with") or {}).get("tags", "")) + " " + step.get("run", "")
        found.append(tags)
    text = " ".join(found)
    assert re.search(r"ghcr\.io/winterarc/tracker:\$\{\{\s*github\.sha\s*\}\}", text), (
        "tag the image ghcr.io/winterarc/tracker:${{ github.sha }}: an immutable tag that "
        "says which commit it is, so the same artifact can be promoted and rolled back"
    )


def test_image_is_pushed_only_from_main(workflow):
    """build runs on pull requests too, but pushes the image only for main."""
    spec = job(workflow, "build")
    assert not MAIN_ONLY.search(str(spec.get("if", ""))), (
        "build: do not skip the whole job on pull requests; a change that breaks the image "
        "build must fail its pull request. Gate only the push (and the login)"
    )
    pushes = []
    for step in steps(spec):
        push = (step.get("with") or {}).get("push")
        if push not in (None, False, "false") or "docker push" in step.get("run", ""):
            pushes.append((step, push))
    assert pushes, "build: push the image (docker/build-push-action with push:, or docker push)"
    for step, push in pushes:
        gate = str(step.get("if", "")) + " " + (str(push) if push not in (True, "true") else "")
        assert MAIN_ONLY.search(gate), (
            "push only when github.ref == 'refs/heads/main': a pull request (from a fork, too) "
            "must never publish an image"
        )


def test_no_secrets_or_event_data_in_run_scripts(workflow):
    """No ${{ secrets.* }} or ${{ github.event.* }} expanded inside a run: script."""
    for name, step in all_steps(workflow):
        script = step.get("run", "")
        found = UNSAFE_IN_RUN.search(script)
        assert not found, (
            f"{name}: run: contains {found.group(0)}. The expression is pasted into the script "
            "before the shell runs it: a secret lands in the script text (and in the log with "
            "set -x), and a pull request's title or branch name becomes shell code. Pass it "
            "through env: and use \"$NAME\", or give it to an action's with:"
        )
