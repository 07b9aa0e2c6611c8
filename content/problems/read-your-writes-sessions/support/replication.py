"""A primary and its read replicas, replicating asynchronously (given, read-only).

Every write to the primary appends to its log and gets the next log position (1, 2, 3, ...,
like PostgreSQL's LSN). A replica applies the log in order, but only when the checks say so:
`replicate(i, up_to)`. So replicas lag, and how much is up to the checks.
"""


class Unavailable(Exception):
    """The node did not answer (it is down)."""


class Node:
    def __init__(self, name: str) -> None:
        self.name = name
        self.data: dict[str, str] = {}
        self.position = 0  # the last log position applied here
        self.up = True
        self.reads = 0  # how many reads this node served

    def applied(self) -> int:
        """The last log position this node has applied. Raises Unavailable when it is down."""
        if not self.up:
            raise Unavailable(self.name)
        return self.position

    def read(self, key: str) -> str | None:
        """The value of `key` as of `applied()`. Raises Unavailable when the node is down."""
        if not self.up:
            raise Unavailable(self.name)
        self.reads += 1
        return self.data.get(key)


class Primary(Node):
    def __init__(self) -> None:
        super().__init__("primary")
        self.log: list[tuple[str, str]] = []

    def write(self, key: str, value: str) -> int:
        """Write on the primary; returns the write's log position."""
        self.log.append((key, value))
        self.data[key] = value
        self.position = len(self.log)
        return self.position


class Database:
    """`primary` and `replicas` (replica-0, replica-1, ...)."""

    def __init__(self, replicas: int = 2) -> None:
        self.primary = Primary()
        self.replicas = [Node(f"replica-{index}") for index in range(replicas)]

    def replicate(self, index: int, up_to: int | None = None) -> None:
        """Replica `index` applies the primary's log up to position `up_to` (all of it: None)."""
        replica = self.replicas[index]
        end = len(self.primary.log) if up_to is None else up_to
        for key, value in self.primary.log[replica.position : end]:
            replica.data[key] = value
        replica.position = max(replica.position, end)
