from sample_dockerfile import SLIM_PYTHON, exec_form


def test_sample_a_build_stage_and_a_slim_final_stage(dockerfile):
    assert len(dockerfile.stages) >= 2, (
        "use (at least) two stages: one that builds the dependencies with the compilers it "
        "needs, and a final one that ships only what runs"
    )
    assert dockerfile.builders[0].name, "name the build stage (FROM ... AS build) to copy from it"
    image = dockerfile.final.image
    assert SLIM_PYTHON.fullmatch(image), (
        f"the final stage is FROM {image}: ship a slim Python image pinned to a version, such "
        "as python:3.12-slim (the full image carries compilers and is over a gigabyte)"
    )


def test_sample_cmd_runs_uvicorn_in_exec_form(dockerfile):
    commands = dockerfile.final.all("CMD")
    assert commands, "the final stage needs a CMD"
    argv = exec_form(commands[-1]["value"])
    assert argv is not None, (
        f"CMD {commands[-1]['value']}: use the exec form, a JSON array, so uvicorn is PID 1 and "
        "receives docker stop's SIGTERM (in shell form /bin/sh gets it and does not pass it on)"
    )
    options = " ".join(argv).replace("=", " ").split()
    assert any(word.endswith("uvicorn") for word in options), "the CMD runs uvicorn"
    assert "tracker.main:app" in options, "uvicorn serves tracker.main:app"
    assert "--host" in options and options[options.index("--host") + 1] == "0.0.0.0", (
        "--host 0.0.0.0: uvicorn's default, 127.0.0.1, is unreachable from outside the container"
    )
    assert "--port" in options and options[options.index("--port") + 1] == "8000"
