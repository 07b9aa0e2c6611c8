# Caught by test_sample_log_in: log-in hashes the password again and compares the strings,
# but every hash has a new random salt, so they never match.
"""Accounts: Argon2id password hashes, verified and upgraded on log-in."""

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

import userdb

# OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane.
password_hash = PasswordHash((Argon2Hasher(memory_cost=19456, time_cost=2, parallelism=1),))
# Verified when the username is unknown, so "no such user" costs as much as "wrong password".
DUMMY_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$hRzNs4EhYAUWJIc9szUm9g"
    "$YwF6MmUrrCeHj5gvcK35nuvh54y9SUaa+pnABWjpl2c"
)
MIN_LENGTH, MAX_LENGTH = 8, 128


def check_rules(password: str) -> None:
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        raise ValueError(f"a password has {MIN_LENGTH} to {MAX_LENGTH} characters")


def register(username: str, password: str) -> None:
    check_rules(password)
    if userdb.load(username) is not None:
        raise ValueError(f"{username!r} is taken")
    userdb.save(username, password_hash.hash(password))  # a new random salt every time


def login(username: str, password: str) -> bool:
    stored = userdb.load(username)
    if stored is None:
        password_hash.verify(password, DUMMY_HASH)
        return False
    return password_hash.hash(password) == stored


def change_password(username: str, old: str, new: str) -> bool:
    if not login(username, old):
        return False
    check_rules(new)
    userdb.save(username, password_hash.hash(new))
    return True
