from sample_netsim import Network


def test_sample_register_last_write_wins(learner):
    net = Network(learner, "LWWRegister", ["a", "b"])
    net.do("a", "set", "red", 1)
    net.do("b", "set", "blue", 2)
    net.send("a", "b")
    net.send("b", "a")
    net.deliver_all()
    assert net.read_all("get") == {"a": "blue", "b": "blue"}, "the write with timestamp 2 wins"


def test_sample_set_add_and_remove(learner):
    net = Network(learner, "ORSet", ["a", "b"])
    net.do("a", "add", "x")
    net.do("a", "add", "y")
    net.do("a", "remove", "x")
    assert net.do("a", "elements") == ["y"]
    net.send("a", "b")
    net.deliver_all()
    assert net.do("b", "elements") == ["y"]
    assert net.do("b", "contains", "y") is True and net.do("b", "contains", "x") is False
