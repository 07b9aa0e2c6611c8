# Caught by test_monotonic_reads: only the session's writes are remembered, so after reading a
# newer value from one replica it can read an older one from another (time goes backwards).
"""A user's session with the database: writes go to the primary, reads to the replicas —
to a replica that has caught up with everything this session wrote or read."""

from replication import Database, Node, Unavailable


class Session:
    def __init__(self, db: Database, token: int = 0) -> None:
        self.db = db
        self.seen = token  # the log position this session's reads must reflect

    def write(self, key: str, value: str) -> None:
        self.seen = max(self.seen, self.db.primary.write(key, value))

    def read(self, key: str) -> str | None:
        for node in [*self.db.replicas, self.db.primary]:  # replicas first, in order
            try:
                if node is not self.db.primary and node.applied() < self.seen:
                    continue  # lagging behind what this session has seen: skip it
                return self._read(node, key)
            except Unavailable:
                continue
        raise Unavailable("no node could serve the read")

    def _read(self, node: Node, key: str) -> str | None:
        position = node.applied()
        value = node.read(key)
        return value

    def token(self) -> int:
        """What a client keeps to resume the session elsewhere (a consistency token)."""
        return self.seen
