"""Random credentials for the checks' repositories (new ones for every check), and scan()."""

import secrets
import string

UPPER_DIGITS = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits


def aws_key():
    return "AKIA" + "".join(secrets.choice(UPPER_DIGITS) for _ in range(16))


def github_token():
    return "ghp_" + "".join(secrets.choice(ALNUM) for _ in range(36))


def password():
    return "pw" + secrets.token_urlsafe(12)


def finding(path, line, kind):
    return {"path": path, "line": line, "kind": kind}


def scan(learner, files):
    return learner.call("scanner", "scan", files)


def assert_findings(learner, files, expected, why=""):
    found = scan(learner, files)
    expected = sorted(expected, key=lambda f: (f["path"], f["line"], f["kind"]))
    missing = [f for f in expected if f not in found]
    extra = [f for f in found if f not in expected]
    assert found == expected, (
        f"missing {missing}, unexpected {extra}" + (f" ({why})" if why else "")
        + ("" if missing or extra else "; the findings are out of order: sort by path, line, kind")
    )
