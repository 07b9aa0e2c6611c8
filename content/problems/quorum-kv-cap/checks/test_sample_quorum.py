def test_sample_write_then_read(make_lab):
    lab = make_lab(3, 2, 2)
    version = lab.put("cart:7", "2 mugs")
    assert isinstance(version, int)
    assert lab.get("cart:7") == "2 mugs"
    assert lab.get("cart:8") is None, "a key never written reads as None"


def test_sample_write_needs_w_acknowledgements(make_lab, learner):
    lab = make_lab(3, 2, 2)
    lab.status(1, "down")
    lab.status(2, "down")
    with learner.raises("QuorumError"):
        lab.put("cart:7", "2 mugs")  # only replica 0 can acknowledge: 1 < W = 2
