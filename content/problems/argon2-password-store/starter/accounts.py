"""Accounts: Argon2id password hashes, verified and upgraded on log-in."""

import hashlib

import userdb


def register(username: str, password: str) -> None:
    # TODO: the password rules; an Argon2id hash (pwdlib), never a fast hash like this one.
    userdb.save(username, hashlib.sha256(password.encode()).hexdigest())


def login(username: str, password: str) -> bool:
    # TODO: verify against the Argon2id hash; upgrade an outdated hash.
    return userdb.load(username) == hashlib.sha256(password.encode()).hexdigest()


def change_password(username: str, old: str, new: str) -> bool:
    raise NotImplementedError
