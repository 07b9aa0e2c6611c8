"""Shared by the checks (shown to learners): read and take apart a stored hash."""

import re

ARGON2 = re.compile(r"\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)")


def stored(learner, username):
    return learner.call("userdb", "load", username)


def parse(encoded):
    """(memory KiB, passes, lanes, salt, hash) of a PHC-format Argon2id string, or a failure."""
    match = ARGON2.fullmatch(encoded or "")
    assert match, (
        "the stored value should be an Argon2id hash in PHC format, "
        f"$argon2id$v=19$m=...,t=...,p=...$<salt>$<hash>; got {encoded!r}"
    )
    memory, passes, lanes, salt, digest = match.groups()
    return int(memory), int(passes), int(lanes), salt, digest
