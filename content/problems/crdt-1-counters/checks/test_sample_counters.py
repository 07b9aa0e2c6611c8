from sample_netsim import Network


def test_sample_gcounter_counts_locally(learner):
    counter = learner.new("crdt", "GCounter", "a")
    learner.method(counter, "increment")
    learner.method(counter, "increment", 4)
    assert learner.method(counter, "value") == 5


def test_sample_two_replicas_converge(learner):
    net = Network(learner, "GCounter", ["a", "b"])
    net.do("a", "increment", 2)
    net.do("b", "increment", 3)
    net.send("a", "b")
    net.send("b", "a")
    net.deliver_all()
    assert net.read_all() == {"a": 5, "b": 5}, (
        "after exchanging states both replicas count 5: increments made at the same time on "
        "different replicas all count"
    )
