from sample_routes import network, run


def test_sample_reachable_from_madrid(lab):
    rows = run(lab, network(), "reachable.sql", {"start": "MAD"})
    reached = [airport for (airport,) in rows]
    assert "MAD" not in reached, "the start is not in the list"
    assert "SYD" in reached and "HNL" in reached, "Sydney and Honolulu can be reached from Madrid"
    assert reached == sorted(reached), "the airports are sorted by code"
    assert len(reached) == 18, f"{len(reached)} airports, expected every other one (18)"


def test_sample_fewest_flights_london_to_sydney(lab):
    rows = run(lab, network(), "fewest_flights.sql", {"origin": "LHR", "destination": "SYD"})
    assert rows == [(2,)], f"London to Sydney takes 2 flights (via Dubai or Singapore), got {rows}"
