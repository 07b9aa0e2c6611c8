import random

from sample_netsim import Network


def test_concurrent_increments_all_count(learner):
    """Increments made at the same time on three replicas all survive the merge."""
    net = Network(learner, "GCounter", ["a", "b", "c"], seed=3)
    net.do("a", "increment", 5)
    net.do("b", "increment", 7)
    net.do("c", "increment", 1)
    net.do("c", "increment", 1)
    net.sync()
    assert net.read_all() == {"a": 14, "b": 14, "c": 14}, (
        "every replica must end with 5 + 7 + 1 + 1 = 14: concurrent increments are not "
        "conflicts, and keeping only the largest total loses the others"
    )


def test_duplicate_delivery_changes_nothing(learner):
    """A state delivered twice (or three times) is counted once: merge is idempotent."""
    net = Network(learner, "GCounter", ["a", "b"])
    net.do("a", "increment", 4)
    message = net.send("a", "b")
    for _ in range(3):
        net.deliver(message)
    net.do("b", "increment", 1)
    assert net.do("b", "value") == 5, "the network redelivered a's state: count it once"


def test_stale_state_arriving_late_changes_nothing(learner):
    """An old state delivered after a newer one does not take the counter back."""
    net = Network(learner, "GCounter", ["a", "b"])
    net.do("a", "increment", 1)
    old = net.send("a", "b")
    net.do("a", "increment", 9)
    new = net.send("a", "b")
    net.deliver(new)
    net.deliver(old)
    assert net.do("b", "value") == 10, "the late, older state must not undo the newer one"


def test_random_schedule_converges(learner):
    """Four replicas, random increments, sends, reorderings, duplicates: all converge."""
    rng = random.Random(11)
    names = ["a", "b", "c", "d"]
    net = Network(learner, "GCounter", names, seed=11)
    total = 0
    sent = []
    for _ in range(25):
        name = rng.choice(names)
        amount = rng.randint(0, 5)
        net.do(name, "increment", amount)
        total += amount
        if rng.random() < 0.6:
            sent.append(net.send(name, rng.choice([n for n in names if n != name])))
        if sent and rng.random() < 0.4:
            net.deliver(rng.choice(sent))  # maybe again, maybe out of order
    net.sync()
    assert net.read_all() == dict.fromkeys(names, total)


def test_negative_increment_is_refused(learner):
    """GCounter.increment with a negative amount raises ValueError and changes nothing."""
    counter = learner.new("crdt", "GCounter", "a")
    learner.method(counter, "increment", 2)
    with learner.raises("ValueError"):
        learner.method(counter, "increment", -1)
    assert learner.method(counter, "value") == 2


def test_pn_counter_goes_down(learner):
    """PNCounter counts increments minus decrements, and may go below zero."""
    counter = learner.new("crdt", "PNCounter", "a")
    learner.method(counter, "increment", 5)
    learner.method(counter, "decrement", 2)
    assert learner.method(counter, "value") == 3
    learner.method(counter, "decrement", 4)
    assert learner.method(counter, "value") == -1


def test_pn_concurrent_decrements_converge(learner):
    """Concurrent decrements on two replicas both survive, duplicates and all."""
    net = Network(learner, "PNCounter", ["a", "b"])
    net.do("a", "increment", 10)
    net.sync()
    net.do("a", "decrement", 3)
    net.do("b", "decrement", 4)
    to_b, to_a = net.send("a", "b"), net.send("b", "a")
    for message in (to_b, to_a, to_b, to_a):
        net.deliver(message)
    assert net.read_all() == {"a": 3, "b": 3}, (
        "10 - 3 - 4 = 3 on both: each replica's decrements must be kept apart from its "
        "increments, or a merge by max loses one of them"
    )


def test_pn_partition_heals(learner):
    """During a partition both sides count; after healing, every replica has every update."""
    net = Network(learner, "PNCounter", ["a", "b", "c"], seed=5)
    net.partition({"a"}, {"b", "c"})
    net.do("a", "increment", 6)
    net.do("b", "decrement", 2)
    net.do("c", "increment", 1)
    net.sync()  # only b and c can talk: a's messages are lost
    assert net.do("b", "value") == net.do("c", "value") == -1
    assert net.do("a", "value") == 6, "a is cut off: it still answers with what it knows"
    net.heal()
    net.sync()
    assert net.read_all() == {"a": 5, "b": 5, "c": 5}
