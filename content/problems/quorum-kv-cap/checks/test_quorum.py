import random


def test_write_goes_to_every_replica(make_lab):
    """A write is sent to all N replicas, even after W of them acknowledged."""
    lab = make_lab(3, 1, 1)
    version = lab.put("k", "v")
    assert [lab.holding(i, "k") for i in range(3)] == [[version, "v"]] * 3, (
        "W is how many acknowledgements to wait for, not how many replicas to write to"
    )


def test_read_returns_the_highest_version(make_lab):
    """A read returns the newest version among its R answers, not the first answer."""
    lab = make_lab(3, 2, 2)
    lab.put("k", "old")
    lab.status(0, "slow")
    lab.put("k", "new")  # acknowledged by replicas 1 and 2; replica 0 is late
    lab.status(0, "up")
    assert lab.get("k") == "new", "replica 0 answers first with the old version: compare versions"


def test_read_repairs_stale_replicas(make_lab):
    """A read writes the newest version back to the replicas that answered with an older one."""
    lab = make_lab(3, 2, 2)
    lab.put("k", "old")
    lab.status(0, "slow")
    version = lab.put("k", "new")
    lab.status(0, "up")
    assert lab.holding(0, "k")[1] == "old"
    assert lab.get("k") == "new"
    assert lab.holding(0, "k") == [version, "new"], (
        "read repair: replica 0 answered the read with an old version, so the read updates it"
    )


def test_read_needs_r_answers(make_lab, learner):
    """A read with fewer than R answers raises QuorumError instead of guessing."""
    lab = make_lab(3, 2, 2)
    lab.put("k", "v")
    lab.status(0, "down")
    lab.status(1, "slow")
    with learner.raises("QuorumError"):
        lab.get("k")


def test_stale_read_when_r_plus_w_at_most_n(make_lab):
    """With R + W <= N a read can miss the latest write: the trade-off is real."""
    lab = make_lab(3, 1, 1)
    lab.put("k", "v1")
    lab.status(1, "down")
    lab.status(2, "down")
    lab.put("k", "v2")  # W = 1: replica 0 alone acknowledges it
    lab.status(0, "down")
    lab.status(1, "up")
    lab.status(2, "up")
    assert lab.get("k") == "v1", (
        "R = 1 reads replica 1 only (the first that answers), which never got v2: with "
        "R + W = 2 <= N = 3 the read and write sets need not overlap, so this read is stale"
    )


def test_majority_quorums_never_read_stale(make_lab):
    """N=5, R=W=3 under random failures and slow replicas: every read sees the latest write."""
    for seed in (4, 14):
        run_schedule(make_lab(5, 3, 3), random.Random(seed))


def run_schedule(lab, rng):
    latest = {}
    status = ["up"] * 5
    for step in range(40):
        action = rng.random()
        if action < 0.3:
            replica = rng.randrange(5)
            wanted = rng.choice(["up", "up", "down", "slow"])
            trouble = sum(s != "up" for i, s in enumerate(status) if i != replica)
            if wanted == "up" or trouble < 2:  # at most 2 of 5 unavailable: writes succeed
                status[replica] = wanted
                lab.status(replica, wanted)
        elif action < 0.6:
            key = rng.choice(["a", "b"])
            latest[key] = f"{key}{step}"
            lab.put(key, latest[key])
        elif action < 0.9:
            key = rng.choice(["a", "b"])
            assert lab.get(key) == latest.get(key), (
                f"step {step}: R + W = 6 > N = 5, so the 3 replicas read overlap the 3 that "
                f"acknowledged the latest write: expected {latest.get(key)!r}"
            )
        else:
            lab.deliver()


def test_cp_or_ap_during_a_partition(make_lab, learner):
    """Cut off from a majority, R=W=2 refuses (CP); R=W=1 answers but goes stale (AP)."""
    cp = make_lab(3, 2, 2)
    cp.put("k", "before")
    cp.status(1, "down")
    cp.status(2, "down")  # the coordinator reaches replica 0 only
    with learner.raises("QuorumError"):
        cp.put("k", "during")
    with learner.raises("QuorumError"):
        cp.get("k")

    ap = make_lab(3, 1, 1)
    ap.put("k", "before")
    ap.status(1, "down")
    ap.status(2, "down")
    ap.put("k", "during")
    assert ap.get("k") == "during", "with R = W = 1 the minority side keeps answering"
    ap.status(0, "down")
    ap.status(1, "up")
    ap.status(2, "up")
    assert ap.get("k") == "before", "...and the other side, which never saw the write, is stale"
