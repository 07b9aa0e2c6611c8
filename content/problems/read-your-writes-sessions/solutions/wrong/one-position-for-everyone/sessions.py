# Caught by test_other_sessions_may_read_stale: the position is shared by all sessions, so one
# user's write sends every user's reads to the primary until the replicas catch up.
"""A user's session with the database: writes go to the primary, reads to the replicas —
to a replica that has caught up with everything this session wrote or read."""

from replication import Database, Node, Unavailable


class Session:
    seen = 0  # one position for every session: anyone's write sends everyone to the primary

    def __init__(self, db: Database, token: int = 0) -> None:
        self.db = db
        Session.seen = max(Session.seen, token)

    def write(self, key: str, value: str) -> None:
        Session.seen = max(Session.seen, self.db.primary.write(key, value))

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
        Session.seen = max(Session.seen, position)
        return value

    def token(self) -> int:
        """What a client keeps to resume the session elsewhere (a consistency token)."""
        return self.seen
