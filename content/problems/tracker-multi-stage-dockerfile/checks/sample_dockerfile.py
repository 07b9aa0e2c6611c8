"""Reading a Dockerfile for the checks, with dockerfile-parse (nothing is built)."""

import io
import json
import re
import shlex

from dockerfile_parse import DockerfileParser


class Stage:
    """One build stage: its FROM image (build arguments substituted), its name, its steps."""

    def __init__(self, image, name, steps):
        self.image = image
        self.name = name
        self.steps = steps

    def all(self, instruction):
        return [step for step in self.steps if step["instruction"] == instruction]

    def position(self, step):
        return self.steps.index(step)

    def env(self):
        """Every variable the stage sets with ENV: {name: value}."""
        found = {}
        for step in self.all("ENV"):
            found.update(assignments(step["value"]))
        return found


class Dockerfile:
    def __init__(self, text):
        self.parser = DockerfileParser(fileobj=io.BytesIO(text.encode()))
        steps = [step for step in self.parser.structure if step["instruction"] != "COMMENT"]
        starts = [index for index, step in enumerate(steps) if step["instruction"] == "FROM"]
        assert starts, "a Dockerfile starts with FROM <image>"
        self.global_args = steps[: starts[0]]  # ARG before the first FROM
        images = self.parser.parent_images
        self.stages = []
        for number, start in enumerate(starts):
            end = starts[number + 1] if number + 1 < len(starts) else len(steps)
            parts = steps[start]["value"].split()
            name = parts[2].lower() if len(parts) == 3 and parts[1].lower() == "as" else None
            self.stages.append(Stage(images[number], name, steps[start + 1 : end]))

    @property
    def final(self):
        """The last stage: the image that ships."""
        return self.stages[-1]

    @property
    def builders(self):
        return self.stages[:-1]

    def stage_names(self):
        return {stage.name for stage in self.stages if stage.name}


def words(value):
    """An instruction's value split like a shell would, without its --flags."""
    return [word for word in shlex.split(value) if not word.startswith("--")]


def flags(value):
    """--name=value flags at the start of an instruction's value: {name: value}."""
    found = {}
    for word in shlex.split(value):
        if not word.startswith("--"):
            break
        name, _, flag_value = word[2:].partition("=")
        found[name.lower()] = flag_value
    return found


def exec_form(value):
    """The JSON-array form of CMD/ENTRYPOINT/HEALTHCHECK CMD as a list, or None (shell form)."""
    try:
        argv = json.loads(value)
    except ValueError:
        return None
    return argv if isinstance(argv, list) and all(isinstance(a, str) for a in argv) else None


def assignments(value):
    """ENV/ARG's `A=1 B="two"` (or the legacy `A 1`) as {name: value}."""
    parts = shlex.split(value)
    if not parts:
        return {}
    if "=" not in parts[0]:
        return {parts[0]: " ".join(parts[1:])}
    return dict(part.partition("=")[::2] for part in parts)


# python:3.12-slim, python:3.12.7-slim-bookworm, docker.io/library/python:3.12-slim@sha256:...
SLIM_PYTHON = re.compile(
    r"(docker\.io/)?(library/)?python:3\.\d+(\.\d+)?-slim(-[a-z]+)?(@sha256:[0-9a-f]{64})?"
)
