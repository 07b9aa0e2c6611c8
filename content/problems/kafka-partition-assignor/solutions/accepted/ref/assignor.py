"""Kafka's model, stage 1: which partition a key goes to, and which consumer of a group reads
which partitions."""

import zlib

Assignment = dict[str, dict[str, list[int]]]  # member -> topic -> partitions (sorted)


def partition_for(key: str, partitions: int) -> int:
    """The partition of a record's key: the same key always lands in the same partition."""
    return zlib.crc32(key.encode("utf-8")) % partitions


def _empty(members: list[str], topics: dict[str, int]) -> Assignment:
    return {member: {topic: [] for topic in sorted(topics)} for member in sorted(set(members))}


def range_assign(members: list[str], topics: dict[str, int]) -> Assignment:
    """Kafka's RangeAssignor: per topic, consecutive ranges; the first members get one more."""
    result = _empty(members, topics)
    ordered = sorted(result)
    if not ordered:
        return result
    for topic, count in sorted(topics.items()):
        size, extra = divmod(count, len(ordered))
        start = 0
        for index, member in enumerate(ordered):
            take = size + (1 if index < extra else 0)
            result[member][topic] = list(range(start, start + take))
            start += take
    return result


def round_robin_assign(members: list[str], topics: dict[str, int]) -> Assignment:
    """Kafka's RoundRobinAssignor: all partitions of all topics, dealt out like cards."""
    result = _empty(members, topics)
    ordered = sorted(result)
    if not ordered:
        return result
    every = [(topic, p) for topic, count in sorted(topics.items()) for p in range(count)]
    for index, (topic, partition) in enumerate(every):
        result[ordered[index % len(ordered)]][topic].append(partition)
    return result


def sticky_assign(previous: Assignment, members: list[str], topics: dict[str, int]) -> Assignment:
    """Balanced (partition counts differ by at most one), moving as few partitions as possible
    from `previous`."""
    result = _empty(members, topics)
    ordered = sorted(result)
    if not ordered:
        return result
    every = [(topic, p) for topic, count in sorted(topics.items()) for p in range(count)]
    exists = set(every)
    owned: dict[str, list[tuple[str, int]]] = {member: [] for member in ordered}
    taken: set[tuple[str, int]] = set()
    for member in ordered:  # what each member already had, if it still exists
        for topic, partitions in sorted(previous.get(member, {}).items()):
            for partition in sorted(partitions):
                if (topic, partition) in exists and (topic, partition) not in taken:
                    owned[member].append((topic, partition))
                    taken.add((topic, partition))
    # Quotas: floor or ceil of the average. The members that kept the most get the ceilings,
    # so the fewest partitions have to move.
    size, extra = divmod(len(every), len(ordered))
    by_kept = sorted(ordered, key=lambda member: (-len(owned[member]), member))
    quota = {member: size + (1 if index < extra else 0) for index, member in enumerate(by_kept)}
    free = [tp for tp in every if tp not in taken]
    for member in ordered:  # give up the surplus
        owned[member].sort()
        free += owned[member][quota[member]:]
        owned[member] = owned[member][: quota[member]]
    free.sort()
    for member in ordered:  # fill the gaps
        while len(owned[member]) < quota[member]:
            owned[member].append(free.pop(0))
    for member in ordered:
        for topic, partition in sorted(owned[member]):
            result[member][topic].append(partition)
    return result
