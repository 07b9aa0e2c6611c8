from conftest import probe, served


def test_sample_round_robin(http, start):
    start()
    assert served(http, 6) == ["billing-1", "billing-2", "billing-3"] * 2, (
        "round robin: each request goes to the next backend of the pool, in list order"
    )
    assert served(http, 1, "/customers/3") == ["legacy"], "the other routes still go to the monolith"


def test_sample_failed_probe_takes_a_backend_out(http, start):
    upstreams = start()
    upstreams["billing-2"].health_status = 503
    assert probe(http)["http://127.0.0.1:9312"] is False
    assert served(http, 4) == ["billing-1", "billing-3", "billing-1", "billing-3"]
