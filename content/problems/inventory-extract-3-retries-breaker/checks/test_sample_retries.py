def test_sample_two_503s_then_success(make_client, service):
    client = make_client(base_delay=0.1, max_delay=2.0)
    service.script("503", "503")
    assert client.reserve("mug", 2) == "r-1"
    assert len(service.requests("POST")) == 3, "two failed attempts, then the one that worked"
    sleeps = client.sleeps()
    assert len(sleeps) == 2, f"one sleep before each retry (through the injected sleep): {sleeps}"
    assert 0 <= sleeps[0] <= 0.1 and 0 <= sleeps[1] <= 0.2, f"full jitter within the ceiling: {sleeps}"


def test_sample_out_of_stock_is_not_retried(make_client, service, learner):
    client = make_client()
    with learner.raises("OutOfStock"):
        client.reserve("lamp", 5)
    assert len(service.requests()) == 1, "a 409 is an answer: retrying cannot change it"
    assert client.sleeps() == []
