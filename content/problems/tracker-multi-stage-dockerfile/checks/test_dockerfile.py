import re

from sample_dockerfile import assignments, exec_form, flags, words

VERSION_TAG = re.compile(r"[^:@/]+(/[^:@/]+)*:(\d[\w.-]*)(@sha256:[0-9a-f]{64})?")
DIGEST = re.compile(r"[^@]+@sha256:[0-9a-f]{64}")
SECRET_NAME = re.compile(
    r"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL", re.IGNORECASE
)
SECRET_FILE = re.compile(
    r"(^|/)(\.env(\..*)?|.*\.pem|.*\.key|id_rsa.*|id_ed25519.*|\.netrc|\.pypirc|\.npmrc|secrets?(/.*)?)$"
)
INSTALLS = re.compile(r"\b(pip3?|uv pip|poetry) install\b|\bapt(-get)? install\b|\bapk add\b")
SOURCE = {"tracker", "tracker/", "./tracker", "./tracker/"}


def context_copies(stage):
    """(step, sources) for every COPY/ADD of the build context (not --from another stage)."""
    found = []
    for step in stage.all("COPY") + stage.all("ADD"):
        if "from" in flags(step["value"]):
            continue
        found.append((step, words(step["value"])[:-1]))
    return found


def test_every_base_image_is_pinned(dockerfile):
    """Every FROM names a version tag or a digest: no latest, no untagged image."""
    earlier = set()
    for stage in dockerfile.stages:
        image = stage.image
        if image.lower() not in earlier:
            tag = VERSION_TAG.fullmatch(image)
            assert tag or DIGEST.fullmatch(image), (
                f"FROM {image}: pin a version (python:3.12-slim) or a digest; without one the "
                "image changes under you and the same commit builds differently tomorrow"
            )
        if stage.name:
            earlier.add(stage.name)


def test_build_stage_installs_into_a_virtualenv(dockerfile):
    """A build stage copies requirements.txt alone, then installs it into /opt/venv."""
    for stage in dockerfile.builders:
        runs = stage.all("RUN")
        venv = [step for step in runs if re.search(r"venv\s+/opt/venv\b", step["value"])]
        installs = [
            step
            for step in runs
            if re.search(r"pip3? install", step["value"]) and "requirements.txt" in step["value"]
        ]
        if venv and installs:
            break
    else:
        raise AssertionError(
            "in the build stage: RUN python -m venv /opt/venv, then install requirements.txt "
            "into it (/opt/venv/bin/pip install --no-cache-dir -r requirements.txt)"
        )
    installed = stage.position(installs[0])
    assert stage.position(venv[0]) < installed, "create /opt/venv before installing into it"
    copies = context_copies(stage)
    requirements = [step for step, sources in copies if sources == ["requirements.txt"]]
    assert requirements and stage.position(requirements[0]) < installed, (
        "COPY requirements.txt on its own before installing it: that layer (and the slow "
        "install after it) stays cached until the requirements change"
    )
    for step, sources in copies:
        assert sources == ["requirements.txt"] or stage.position(step) > installed, (
            f"COPY {step['value']} comes before the install: every source change would "
            "invalidate the cached install and rebuild every dependency"
        )


def test_final_stage_copies_the_virtualenv(dockerfile):
    """The final stage takes /opt/venv from the build stage and puts its bin/ on PATH."""
    final = dockerfile.final
    takes = [
        step
        for step in final.all("COPY")
        if "from" in flags(step["value"]) and words(step["value"]) == ["/opt/venv", "/opt/venv"]
    ]
    assert takes, "COPY --from=build /opt/venv /opt/venv: the dependencies, built, and nothing else"
    source = flags(takes[0]["value"])["from"].lower()
    assert source in dockerfile.stage_names() or source.isdigit(), (
        f"COPY --from={source}: copy from your build stage (by its name)"
    )
    path = final.env().get("PATH", "")
    commands = [exec_form(step["value"]) or [""] for step in final.all("CMD")]
    direct = bool(commands) and commands[-1][0].startswith("/opt/venv/bin/")
    assert path.startswith("/opt/venv/bin") or direct, (
        'ENV PATH="/opt/venv/bin:$PATH" in the final stage, or uvicorn is not found when the '
        "container starts"
    )


def test_final_stage_installs_nothing(dockerfile):
    """The final stage runs no pip install, apt-get install or apk add: it only copies."""
    for step in dockerfile.final.all("RUN"):
        assert not INSTALLS.search(step["value"]), (
            f"RUN {step['value']}: installing in the final stage brings back the compilers, "
            "caches and package indexes the build stage exists to leave behind; build there and "
            "COPY --from the result"
        )


def test_only_the_source_is_copied_into_the_final_stage(dockerfile):
    """From the build context, the final stage copies the tracker/ package only."""
    for step, sources in context_copies(dockerfile.final):
        for source in sources:
            assert source in SOURCE, (
                f"COPY {step['value']}: copy only tracker/ into the image; '{source}' also "
                "brings whatever else is in the folder (.env with the database password, .git, "
                "tests) into every copy of the image"
            )


def test_no_secrets_in_env_arg_or_copy(dockerfile):
    """No ENV or ARG named like a secret, and no secret file copied, in any stage."""
    steps = list(dockerfile.global_args)
    for stage in dockerfile.stages:
        steps += stage.steps
    for step in steps:
        if step["instruction"] in ("ENV", "ARG"):
            for name in assignments(step["value"]):
                assert not SECRET_NAME.search(name), (
                    f"{step['instruction']} {name}: ENV and ARG values are stored in the image "
                    "and its history (docker history shows them); mount a build secret "
                    "(RUN --mount=type=secret) and pass runtime secrets when the container starts"
                )
        if step["instruction"] in ("COPY", "ADD") and "from" not in flags(step["value"]):
            for source in words(step["value"])[:-1]:
                assert not SECRET_FILE.search(source.rstrip("/")), (
                    f"COPY {source}: a secret file copied into a layer stays in the image, "
                    "even if a later step deletes it"
                )


def test_runs_as_a_non_root_user(dockerfile):
    """The final stage switches to a non-root USER (that exists) before CMD."""
    final = dockerfile.final
    users = final.all("USER")
    assert users, "switch to a non-root user with USER in the final stage"
    user = users[-1]["value"].split(":")[0].strip()
    assert user not in ("root", "0"), "USER root is still root"
    commands = final.all("CMD")
    assert not commands or final.position(users[-1]) < final.position(commands[-1])
    if not user.isdigit() and user != "nobody":
        runs = " ".join(step["value"] for step in final.all("RUN"))
        created = re.search(r"\b(useradd|adduser)\b[^;&|]*\b" + re.escape(user) + r"\b", runs)
        assert created, f"create the user {user} (useradd/adduser) or use a numeric UID"


def test_healthcheck_probes_healthz_with_python(dockerfile):
    """HEALTHCHECK with --interval and --timeout runs an exec-form probe of /healthz."""
    checks = dockerfile.final.all("HEALTHCHECK")
    assert checks, "add a HEALTHCHECK so docker (and Compose's service_healthy) can see the app"
    value = checks[-1]["value"]
    match = re.fullmatch(r"((?:--\S+\s+)*)CMD\s+(.*)", value.strip(), re.DOTALL | re.IGNORECASE)
    assert match, f"HEALTHCHECK {value}: expected HEALTHCHECK [--options] CMD [...]"
    options = flags(match.group(1))
    assert "interval" in options and "timeout" in options, (
        "set --interval and --timeout: a probe without a timeout can hang forever"
    )
    argv = exec_form(match.group(2))
    assert argv is not None, "HEALTHCHECK CMD in exec form (a JSON array)"
    program = argv[0].rsplit("/", 1)[-1]
    assert program not in ("curl", "wget"), (
        f"{program} is not in python:*-slim images: the probe would fail forever and the "
        "container would never be healthy; use python -c with urllib.request"
    )
    probe = " ".join(argv)
    assert re.search(r"http://(127\.0\.0\.1|localhost):8000/healthz", probe), (
        "the probe requests http://127.0.0.1:8000/healthz"
    )
