"""Kafka's model, stage 1: which partition a key goes to, and which consumer of a group reads
which partitions."""

import zlib

Assignment = dict[str, dict[str, list[int]]]  # member -> topic -> partitions (sorted)


def partition_for(key: str, partitions: int) -> int:
    """The partition of a record's key: the same key always lands in the same partition."""
    return zlib.crc32(key.encode("utf-8")) % partitions


def range_assign(members: list[str], topics: dict[str, int]) -> Assignment:
    # TODO: per topic, consecutive ranges of partitions; the first members get one more.
    first = sorted(members)[0]
    return {first: {topic: list(range(count)) for topic, count in topics.items()}}


def round_robin_assign(members: list[str], topics: dict[str, int]) -> Assignment:
    # TODO: every partition of every topic, dealt out to the members like cards.
    return range_assign(members, topics)


def sticky_assign(previous: Assignment, members: list[str], topics: dict[str, int]) -> Assignment:
    # TODO: balanced, and moving as few partitions as possible away from `previous`.
    return range_assign(members, topics)
