import random

from sample_netsim import Network


def test_register_equal_timestamps_converge(learner):
    """Two writes with the same timestamp: both replicas pick the higher replica id's."""
    net = Network(learner, "LWWRegister", ["a", "b"])
    net.do("a", "set", "from a", 5)
    net.do("b", "set", "from b", 5)
    net.send("a", "b")
    net.send("b", "a")
    net.deliver_all()
    assert net.read_all("get") == {"a": "from b", "b": "from b"}, (
        "clocks tie often; without a deterministic tie-break each replica keeps its own value "
        "and they never converge (expected the write of replica 'b' > 'a' on both)"
    )


def test_register_late_old_write_loses(learner):
    """An older write delivered after a newer one does not replace it."""
    net = Network(learner, "LWWRegister", ["a", "b", "c"])
    net.do("a", "set", "old", 10)
    old = net.send("a", "c")
    net.do("b", "set", "new", 20)
    new = net.send("b", "c")
    net.deliver(new)
    net.deliver(old)
    net.deliver(old)
    assert net.do("c", "get") == "new"


def test_register_random_schedule_converges(learner):
    """Random writes (with tied timestamps), reordered and duplicated: all replicas agree."""
    rng = random.Random(21)
    names = ["a", "b", "c"]
    net = Network(learner, "LWWRegister", names, seed=21)
    writes = []
    sent = []
    for step in range(18):
        name = rng.choice(names)
        timestamp = rng.randint(1, 6)
        while (timestamp, name) in {(ts, writer) for ts, writer, _ in writes}:
            timestamp += 1  # ties between replicas, never twice the same one on a replica
        value = f"v{step}"
        net.do(name, "set", value, timestamp)
        writes.append((timestamp, name, value))
        sent.append(net.send(name, rng.choice([n for n in names if n != name])))
        if rng.random() < 0.5:
            net.deliver(rng.choice(sent))
    net.sync()
    winner = max(writes)[2]
    assert net.read_all("get") == dict.fromkeys(names, winner), (
        f"every replica must hold the write with the largest (timestamp, replica id): {winner!r}"
    )


def test_set_remove_covers_only_observed_adds(learner):
    """A remove on a replica that never saw an add does not remove that add."""
    net = Network(learner, "ORSet", ["a", "b"])
    net.do("a", "add", "x")
    net.do("b", "remove", "x")  # b has never seen x: nothing to remove
    net.sync()
    assert net.read_all("elements") == {"a": ["x"], "b": ["x"]}


def test_set_re_add_after_remove(learner):
    """An element that was removed can be added again, and that survives a merge."""
    net = Network(learner, "ORSet", ["a", "b"])
    net.do("a", "add", "x")
    net.sync()
    net.do("b", "remove", "x")
    net.sync()
    assert net.read_all("elements") == {"a": [], "b": []}
    net.do("a", "add", "x")
    assert net.do("a", "contains", "x") is True, "a removed element may come back"
    net.sync()
    assert net.read_all("elements") == {"a": ["x"], "b": ["x"]}


def test_set_concurrent_add_wins(learner):
    """An add concurrent with a remove of the same element wins on every replica."""
    net = Network(learner, "ORSet", ["a", "b"])
    net.do("a", "add", "x")
    net.sync()
    net.do("a", "remove", "x")  # a removes the x it has seen...
    net.do("b", "add", "x")  # ...while b adds x again, concurrently
    net.sync()
    assert net.read_all("elements") == {"a": ["x"], "b": ["x"]}, (
        "a's remove only covers the add a had observed; b's concurrent add is new: x stays"
    )


class ModelORSet:
    """The checks' own add-wins observed-remove set, to know what every replica must hold."""

    def __init__(self, name):
        self.name, self.serial, self.adds, self.removed = name, 0, {}, set()

    def add(self, element):
        self.serial += 1
        self.adds.setdefault(element, set()).add((self.name, self.serial))

    def remove(self, element):
        self.removed |= self.adds.get(element, set())

    def state(self):
        return ({e: set(t) for e, t in self.adds.items()}, set(self.removed))

    def merge(self, state):
        adds, removed = state
        for element, tags in adds.items():
            self.adds.setdefault(element, set()).update(tags)
        self.removed |= removed

    def elements(self):
        return sorted(e for e, tags in self.adds.items() if tags - self.removed)


def test_set_random_schedule_matches_the_model(learner):
    """Random adds, removes, partial deliveries and duplicates: every replica holds what an
    observed-remove set must hold, before and after a full sync."""
    rng = random.Random(8)
    names = ["a", "b", "c"]
    net = Network(learner, "ORSet", names, seed=8)
    model = {name: ModelORSet(name) for name in names}
    messages = []
    for _ in range(30):
        name = rng.choice(names)
        element = rng.choice("pqrs")
        operation = rng.choice(["add", "add", "remove"])
        net.do(name, operation, element)
        getattr(model[name], operation)(element)
        if rng.random() < 0.5:
            destination = rng.choice([n for n in names if n != name])
            messages.append((net.send(name, destination), destination, model[name].state()))
        if messages and rng.random() < 0.5:
            message, destination, state = rng.choice(messages)  # maybe a duplicate
            net.deliver(message)
            model[destination].merge(state)
    expected = {name: model[name].elements() for name in names}
    assert net.read_all("elements") == expected
    net.sync()
    union = ModelORSet("all")
    for name in names:
        union.merge(model[name].state())
    assert net.read_all("elements") == dict.fromkeys(names, union.elements())


def test_counters_still_work(learner):
    """Stage 1's GCounter and PNCounter still merge correctly."""
    net = Network(learner, "PNCounter", ["a", "b"])
    net.do("a", "increment", 4)
    net.do("b", "decrement", 1)
    net.sync()
    net.sync()
    assert net.read_all() == {"a": 3, "b": 3}
