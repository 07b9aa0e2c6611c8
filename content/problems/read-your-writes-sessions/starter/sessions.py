"""A user's session with the database: writes go to the primary, reads to the replicas."""

from replication import Database, Unavailable


class Session:
    def __init__(self, db: Database, token: int = 0) -> None:
        self.db = db

    def write(self, key: str, value: str) -> None:
        self.db.primary.write(key, value)

    def read(self, key: str) -> str | None:
        # TODO: read your writes, monotonic reads, fall back to the primary (see the statement).
        return self.db.replicas[0].read(key)

    def token(self) -> int:
        return 0
