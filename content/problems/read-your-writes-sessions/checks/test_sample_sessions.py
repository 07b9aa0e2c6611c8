def test_sample_reads_go_to_a_replica(lab):
    lab.call("seed", "bio", "hello")
    lab.call("open", "alice")
    assert lab.call("read", "alice", "bio") == "hello"
    assert lab.reads() == {"primary": 0, "replica-0": 1, "replica-1": 0}, (
        "a replica that is up to date serves the read: the primary is for writes"
    )


def test_sample_read_your_own_write(lab):
    lab.call("seed", "bio", "hello")
    lab.call("open", "alice")
    lab.call("write", "alice", "bio", "climber")  # the replicas have not applied it yet
    assert lab.call("read", "alice", "bio") == "climber", (
        "Alice must see her own write: no replica has it yet, so read from the primary"
    )
