"""How the checks drive your sessions (given, read-only): one Database, many sessions."""

from replication import Database
from sessions import Session


class Lab:
    def __init__(self, replicas: int = 2) -> None:
        self.db = Database(replicas)
        self.sessions: dict[str, Session] = {}

    def open(self, name: str, token: int | None = None) -> None:
        """A new session called `name` (a user's device), optionally resumed from a token."""
        self.sessions[name] = Session(self.db) if token is None else Session(self.db, token)

    def write(self, name: str, key: str, value: str) -> None:
        self.sessions[name].write(key, value)

    def read(self, name: str, key: str) -> str | None:
        return self.sessions[name].read(key)

    def token(self, name: str) -> int:
        return self.sessions[name].token()

    # -- the network and the replicas --------------------------------------------------------

    def seed(self, key: str, value: str) -> None:
        """A write made before any session, replicated everywhere."""
        self.db.primary.write(key, value)
        for index in range(len(self.db.replicas)):
            self.db.replicate(index)

    def replicate(self, index: int, up_to: int | None = None) -> None:
        self.db.replicate(index, up_to)

    def set_up(self, node: str, up: bool) -> None:
        self.node(node).up = up

    def reads(self) -> dict[str, int]:
        """How many reads each node served."""
        return {node.name: node.reads for node in [self.db.primary, *self.db.replicas]}

    def node(self, name: str):  # type: ignore[no-untyped-def]
        return next(n for n in [self.db.primary, *self.db.replicas] if n.name == name)
