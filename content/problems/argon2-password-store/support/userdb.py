"""Given (read-only): the users table, a dict standing in for a database table.

It starts with one account from 2019, when the service hashed passwords with Argon2id and
the parameters of the time (4 MiB of memory, one pass): grace, whose password is
"grace-hopper-1906".
"""

_table: dict[str, str] = {
    "grace": "$argon2id$v=19$m=4096,t=1,p=1$vjDBKCV0xTaiR3ir9vUxug"
    "$UKd5Nm2hEs/7CKv3Vg+1uJle7duq6FMlPG/1YfeQZGs",
}


def load(username: str) -> str | None:
    """The stored hash of `username`, or None."""
    return _table.get(username)


def save(username: str, password_hash: str) -> None:
    """Store (or replace) the hash of `username`."""
    _table[username] = password_hash
