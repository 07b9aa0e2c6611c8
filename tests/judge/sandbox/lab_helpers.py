"""Building small lab packages inside a test, and judging them."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.helpers.judge import require_lab_runtime
from winterarc.judge.packages import Package, load_package

__all__ = ["require_lab_runtime", "write_lab"]


def write_lab(
    root: Path,
    *,
    files: dict[str, str],
    checks: dict[str, str],
    lab: str,
    sandbox: str = "",
    time_limit_ms: int = 2000,
    wrong: dict[str, dict[str, str]] | None = None,
) -> Package:
    """A lab package in `root` whose starter and accepted solution are `files`; the starter
    rule (it must fail a check) is `problem check`'s business, not the loader's."""
    slug = root.name
    root.mkdir(parents=True, exist_ok=True)
    manifest = f"""
        slug = "{slug}"
        title = "Hostile {slug}"
        difficulty = "easy"
        type = "lab"
        time_limit_ms = {time_limit_ms}
        memory_limit_mb = 256

        [lab]
        {lab}

        [sandbox]
        {sandbox}
    """
    (root / "problem.toml").write_text(textwrap.dedent(manifest))
    (root / "statement.md").write_text(f"# {slug}\n")
    for name, text in files.items():
        for folder in ("starter", "solutions/accepted/ref"):
            (root / folder).mkdir(parents=True, exist_ok=True)
            (root / folder / name).write_text(textwrap.dedent(text))
    for solution, solution_files in (wrong or {}).items():
        folder = root / "solutions" / "wrong" / solution
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in solution_files.items():
            (folder / name).write_text(textwrap.dedent(text))
    (root / "checks").mkdir(exist_ok=True)
    for name, text in checks.items():
        (root / "checks" / name).write_text(textwrap.dedent(text))
    return load_package(root)
