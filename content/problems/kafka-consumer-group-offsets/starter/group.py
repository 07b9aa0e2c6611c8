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

    def produce(self, topic: str, key: str, value: str) -> list[int]:
        partition = partition_for(key, self.topics[topic])
        return [partition, self.log.append(topic, partition, key, value)]

    def join(self, member: str) -> int:
        # TODO: a new generation, a new assignment (range_assign), positions from the commits.
        self.members.append(member)
        return self.generation

    def leave(self, member: str) -> int:
        raise NotImplementedError  # TODO

    def assignment(self, member: str) -> dict[str, list[int]]:
        return range_assign(self.members, self.topics)[member]  # TODO

    def poll(self, member: str, max_records: int) -> list[dict]:
        # TODO: from the member's own positions, in its partitions only.
        return self.log.read(next(iter(self.topics)), 0, 0, max_records)

    def commit(self, member: str, generation: int) -> None:
        pass  # TODO: fenced by the generation

    def committed(self, topic: str, partition: int) -> int:
        return 0  # TODO

    def lag(self, topic: str) -> int:
        return 0  # TODO
