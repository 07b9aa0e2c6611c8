"""Shared by the checks: what makes an assignment valid, balanced and sticky."""

import pytest


@pytest.fixture
def assign(learner):
    """assign(name, *args) -> assignor.<name>(*args) in your code."""
    return lambda name, *args: learner.call("assignor", name, *args)


def owners(result):
    """(topic, partition) -> the members that got it."""
    found = {}
    for member, topics in result.items():
        for topic, partitions in topics.items():
            for partition in partitions:
                found.setdefault((topic, partition), []).append(member)
    return found


def assert_valid(result, members, topics):
    assert sorted(result) == sorted(set(members)), (
        f"every member gets an entry (even with no partitions); got {sorted(result)}"
    )
    for member, assigned in result.items():
        assert sorted(assigned) == sorted(topics), f"{member} maps every topic to a list; got {assigned}"
        for topic, partitions in assigned.items():
            assert partitions == sorted(partitions), f"{member}'s {topic} partitions are sorted"
    found = owners(result)
    every = {(topic, p) for topic, count in topics.items() for p in range(count)}
    doubled = {tp: who for tp, who in found.items() if len(who) > 1}
    assert not doubled, f"a partition has exactly one owner in a group; shared: {doubled}"
    assert set(found) == every, f"unassigned: {sorted(every - set(found))}; unknown: {sorted(set(found) - every)}"


def counts(result):
    return {member: sum(len(p) for p in topics.values()) for member, topics in result.items()}


def assert_balanced(result):
    found = counts(result)
    assert max(found.values()) - min(found.values()) <= 1, (
        f"partitions per member differ by more than one: {found}"
    )


def kept(previous, result):
    """How many partitions stayed with the member that had them."""
    return sum(
        1
        for member, topics in result.items()
        for topic, partitions in topics.items()
        for partition in partitions
        if partition in previous.get(member, {}).get(topic, [])
    )


def most_that_can_stay(previous, members, topics):
    """The most partitions a balanced assignment can leave where they were."""
    members = sorted(set(members))
    every = {(topic, p) for topic, count in topics.items() for p in range(count)}
    had = sorted(
        (len({(t, p) for t, ps in previous.get(m, {}).items() for p in ps} & every) for m in members),
        reverse=True,
    )
    size, extra = divmod(len(every), len(members))
    quotas = [size + (1 if index < extra else 0) for index in range(len(members))]
    return sum(min(h, q) for h, q in zip(had, quotas))


def assert_sticky(previous, result, members, topics):
    assert_valid(result, members, topics)
    assert_balanced(result)
    best = most_that_can_stay(previous, members, topics)
    moved_needlessly = best - kept(previous, result)
    assert moved_needlessly <= 0, (
        f"{kept(previous, result)} partitions stayed with their owner; a balanced assignment "
        f"can keep {best}: every needless move makes a consumer drop its state and re-read"
    )
