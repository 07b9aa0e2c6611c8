# Caught by test_same_password_gives_different_hashes: one salt for every user, so equal
# passwords get equal hashes.
"""Accounts: Argon2id password hashes, verified and upgraded on log-in."""

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

import userdb
from argon2.low_level import Type, hash_secret

SALT = b"notes-api-salt-2024"  # one salt for everyone

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
    encoded = hash_secret(
        password.encode(), SALT, time_cost=2, memory_cost=19456, parallelism=1, hash_len=32,
        type=Type.ID,
    )
    userdb.save(username, encoded.decode())


def login(username: str, password: str) -> bool:
    stored = userdb.load(username)
    if stored is None:
        password_hash.verify(password, DUMMY_HASH)
        return False
    valid, updated = password_hash.verify_and_update(password, stored)
    if valid and updated is not None:
        userdb.save(username, updated)  # old parameters: rehash now that we know the password
    return valid


def change_password(username: str, old: str, new: str) -> bool:
    if not login(username, old):
        return False
    check_rules(new)
    userdb.save(username, password_hash.hash(new))
    return True
