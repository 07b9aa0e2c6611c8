import ast
import math
import re
from collections import Counter

URL_WITH_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@", re.I)


def entropy(text):
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def credential_like(literal):
    """A URL with a password, a private key, or a long random-looking token."""
    if URL_WITH_PASSWORD.search(literal) or "PRIVATE KEY" in literal:
        return True
    token = re.fullmatch(r"[A-Za-z0-9+/=_\-.!]{20,}", literal)
    has_digit, has_letter = re.search(r"\d", literal), re.search(r"[A-Za-z]", literal)
    return bool(token and has_digit and has_letter and entropy(literal) >= 3.5)


def test_generated_keys_are_long_and_unique(learner):
    """generate_signing_key() gives a different URL-safe key of 43+ characters every time."""
    keys = [learner.call("settings", "generate_signing_key") for _ in range(5)]
    assert len(set(keys)) == 5, f"five calls gave {keys}"
    for key in keys:
        assert len(key) >= 43 and re.fullmatch(r"[A-Za-z0-9_\-]+", key), (
            f"{key!r}: at least 32 random bytes, URL-safe (secrets.token_urlsafe(32) gives 43 "
            "characters)"
        )


def test_keys_come_from_the_secrets_module(lab):
    """settings.py makes keys with the secrets module, not random."""
    tree = ast.parse(lab.files["settings.py"])
    imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.Import) for alias in node.names}  # fmt: skip
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}  # fmt: skip
    assert "random" not in imported, (
        "the random module is a Mersenne Twister: after 624 outputs its whole future is "
        "predictable. Keys come from secrets (the operating system's CSPRNG)"
    )
    assert "secrets" in imported, "use the secrets module (secrets.token_urlsafe)"


def test_no_credentials_in_the_source(lab):
    """settings.py holds no credential: no URL with a password, no key, no token."""
    tree = ast.parse(lab.files["settings.py"])
    found = [node.value for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and credential_like(node.value)]  # fmt: skip
    assert not found, (
        f"settings.py contains credential-like strings {found}: whatever is committed is in "
        "every clone, fork, backup and CI log forever. Read them from the environment; and "
        "since these were committed, they must be rotated"
    )
