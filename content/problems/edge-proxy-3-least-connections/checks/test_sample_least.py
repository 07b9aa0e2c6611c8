from conftest import served


def test_sample_idle_pool_is_round_robin(http, start):
    start()
    assert served(http, 4) == ["billing-1", "billing-2", "billing-3", "billing-1"], (
        "with nothing in flight every backend ties: break ties in round-robin order"
    )


def test_sample_busy_backends_are_avoided(http, start, background):
    upstreams = start()
    first = background("/invoices/report/slow")  # goes to billing-1 and stays there
    assert upstreams["billing-1"].arrived(1)
    second = background("/invoices/report/slow")  # billing-1 is busy: billing-2
    assert upstreams["billing-2"].arrived(1)
    assert served(http, 2) == ["billing-3", "billing-3"], (
        "billing-1 and billing-2 each have a request in flight, billing-3 none: least "
        "connections sends both quick requests to billing-3 (round robin would not)"
    )
    for name in ("billing-1", "billing-2"):
        upstreams[name].release()
    assert first.response().json()["service"] == "billing-1"
    assert second.response().json()["service"] == "billing-2"
