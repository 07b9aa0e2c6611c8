"""Kafka's model, stage 2: a consumer group over a partitioned log, with committed offsets,
eager rebalancing and generation fencing."""

from assignor import partition_for, range_assign
from kafkalog import Log


class CommitFailedError(Exception):
    """The commit came from a member that is not (or no longer) in the current generation."""


class UnknownMemberError(Exception):
    """The member is not in the group."""


class ConsumerGroup:
    def __init__(self, topics: dict[str, int]) -> None:
        self.topics = dict(topics)
        self.log = Log(topics)
        self.generation = 0
        self.members: list[str] = []
        self.assignments: dict[str, dict[str, list[int]]] = {}
        self.positions: dict[str, dict[tuple[str, int], int]] = {}  # member -> its own positions
        self.offsets: dict[tuple[str, int], int] = {}  # the group's committed offsets

    def produce(self, topic: str, key: str, value: str) -> list[int]:
        partition = partition_for(key, self.topics[topic])
        return [partition, self.log.append(topic, partition, key, value)]

    def join(self, member: str) -> int:
        if member in self.members:
            raise ValueError(f"{member} is already in the group")
        self.members.append(member)
        return self._rebalance()

    def leave(self, member: str) -> int:
        self._known(member)
        self.members.remove(member)
        return self._rebalance()

    def _rebalance(self) -> int:
        """A new generation: a fresh assignment, and every member resumes its partitions from
        the committed offsets (the eager protocol: everything is revoked, then reassigned)."""
        self.generation += 1
        self.assignments = range_assign(self.members, self.topics) if self.members else {}
        self.positions = {
            member: {(topic, p): self.committed(topic, p) for topic, parts in owned.items() for p in parts}
            for member, owned in self.assignments.items()
        }
        return self.generation

    def _known(self, member: str) -> None:
        if member not in self.members:
            raise UnknownMemberError(f"{member} is not in the group")

    def assignment(self, member: str) -> dict[str, list[int]]:
        self._known(member)
        return self.assignments[member]

    def poll(self, member: str, max_records: int) -> list[dict]:
        self._known(member)
        found: list[dict] = []
        for topic, partition in sorted(self.positions[member]):
            if len(found) >= max_records:
                break
            position = self.positions[member][(topic, partition)]
            records = self.log.read(topic, partition, position, max_records - len(found))
            self.positions[member][(topic, partition)] = position + len(records)
            found += records
        return found

    def commit(self, member: str, generation: int) -> None:
        """Commit the member's positions, if it still belongs to this generation (fencing)."""
        if member not in self.members or generation != self.generation:
            raise CommitFailedError(f"{member} of generation {generation}: the group is at {self.generation}")
        self.offsets.update(self.positions[member])

    def committed(self, topic: str, partition: int) -> int:
        return self.offsets.get((topic, partition), 0)

    def lag(self, topic: str) -> int:
        return sum(self.log.end_offset(topic, p) - self.committed(topic, p) for p in range(self.topics[topic]))
