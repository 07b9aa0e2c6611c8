"""Shared by the checks: a consumer group living in your code, driven step by step."""

import zlib

import pytest


def partition_of(key, partitions):
    return zlib.crc32(key.encode("utf-8")) % partitions


def key_in(partition, partitions, prefix="key"):
    """The first key prefix-0, prefix-1, ... that lands in `partition`."""
    index = 0
    while partition_of(f"{prefix}-{index}", partitions) != partition:
        index += 1
    return f"{prefix}-{index}"


class Group:
    """learner.new("group", "ConsumerGroup", topics), with its methods as Python methods."""

    def __init__(self, learner, topics):
        self.learner = learner
        self.topics = topics
        self.handle = learner.new("group", "ConsumerGroup", topics)

    def __getattr__(self, name):
        return lambda *args: self.learner.method(self.handle, name, *args)

    def fill(self, topic, partition, count, prefix="r"):
        """Produce `count` records into one partition; returns their values."""
        key = key_in(partition, self.topics[topic], prefix)
        values = [f"{prefix}{partition}-{index}" for index in range(count)]
        for value in values:
            self.produce(topic, key, value)
        return values


@pytest.fixture
def group(learner):
    """group(topics) -> a new ConsumerGroup in your code."""
    return lambda topics: Group(learner, topics)


def where(records):
    """(partition, offset) of each record."""
    return [(record["partition"], record["offset"]) for record in records]
