"""A secret scanner for the pre-commit hook: finds credentials before they reach the history."""

import re

AWS_KEY = re.compile(r"AKIA[0-9A-Z]{16}")


def scan(files: dict[str, str]) -> list[dict[str, object]]:
    """Every finding in `files` (path -> text), sorted by path, line, kind."""
    findings: list[dict[str, object]] = []
    for path, text in files.items():
        for number, line in enumerate(text.splitlines(), start=1):
            if AWS_KEY.search(line):
                findings.append({"path": path, "line": number, "kind": "aws-access-key"})
            # TODO: GitHub tokens, private keys, passwords in URLs, hard-coded secrets,
            # placeholders, documentation examples, the allow pragma.
    return findings
