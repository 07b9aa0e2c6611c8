# Caught by test_every_file_type_is_scanned: only .py files are scanned, and secrets mostly
# live in .env, YAML and JSON files.
"""A secret scanner for the pre-commit hook: finds credentials before they reach the history."""

import re
from pathlib import PurePosixPath

AWS_KEY = re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")
GITHUB_TOKEN = re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b")
PRIVATE_KEY = re.compile(r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----")
URL_PASSWORD = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@]+:([^\s/@]+)@")
# A name, then = or :, then the value. The line may be commented out (a secret in a comment
# is still in the history); the name may be quoted (JSON) or exported (shell).
ASSIGNMENT = re.compile(
    r"""^\s*(?:(?:#|//|;)\s*)?(?:export\s+)?["']?([A-Za-z_][A-Za-z0-9_.\-]*)["']?\s*[:=]\s*(.*)$"""
)
SECRET_NAMES = ("password", "passwd", "secret", "secret_key", "token", "api_key", "apikey",
                "private_key", "access_key")  # fmt: skip
CONFIG_SUFFIXES = {".env", ".yaml", ".yml", ".ini", ".cfg", ".properties"}
PRAGMA = "scanner:allow"


def placeholder(value: str) -> bool:
    """A value that stands for a secret without being one."""
    return len(value) < 8 or value[0] in "$<{%*" or len(set(value)) == 1


def secret_name(name: str) -> bool:
    """DB_PASSWORD, client_secret, apiKey, GITHUB_TOKEN; not token_url or password_hint."""
    return re.sub(r"[-.]", "_", name.lower()).endswith(SECRET_NAMES)


def config_file(path: str) -> bool:
    name = PurePosixPath(path).name
    return PurePosixPath(path).suffix in CONFIG_SUFFIXES or name.startswith(".env")


def assigned_literal(line: str, path: str) -> str | None:
    """The literal assigned to a secret-looking name on this line, if any."""
    found = ASSIGNMENT.match(line)
    if found is None or not secret_name(found.group(1)):
        return None
    value = found.group(2).strip().rstrip(",;")
    if value[:1] in ("'", '"'):
        quote = value[0]
        end = value.find(quote, 1)
        return value[1:end] if end > 0 else None
    if config_file(path):
        return value.split(" #")[0].strip()  # unquoted values are literals in config files
    return None  # in code, an unquoted value is an expression (os.environ[...], a call)


def kinds(line: str, path: str) -> set[str]:
    found = set()
    if any(not match.endswith("EXAMPLE") for match in AWS_KEY.findall(line)):
        found.add("aws-access-key")
    if GITHUB_TOKEN.search(line):
        found.add("github-token")
    if PRIVATE_KEY.search(line):
        found.add("private-key")
    if any(not placeholder(password) for password in URL_PASSWORD.findall(line)):
        found.add("password-in-url")
    literal = assigned_literal(line, path)
    if literal is not None and not placeholder(literal):
        found.add("hardcoded-secret")
    return found


def scan(files: dict[str, str]) -> list[dict[str, object]]:
    """Every finding in `files` (path -> text), sorted by path, line, kind."""
    findings = []
    for path, text in files.items():
        if not path.endswith(".py"):
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if PRAGMA in line:
                continue
            for kind in kinds(line, path):
                findings.append({"path": path, "line": number, "kind": kind})
    findings.sort(key=lambda finding: (finding["path"], finding["line"], finding["kind"]))
    return findings
