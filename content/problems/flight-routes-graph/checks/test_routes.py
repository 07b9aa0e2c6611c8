from oracle import dense, fewest, itinerary, reachable
from sample_routes import flights, network, run

SMALL = {code: code for code in "ABCDEFG"}
# A to D: 2 flights and 2,000 km via B, or 3 flights and 300 km via C and E.
# A to G: two routes of 2 flights and 800 km, A-C-G and A-F-G.
SMALL_FLIGHTS = [
    ("A", "B", 1000), ("B", "D", 1000), ("A", "C", 100), ("C", "E", 100), ("E", "D", 100),
    ("A", "F", 400), ("F", "G", 400), ("C", "G", 700),
]  # fmt: skip


def airports(rows):
    return [airport for (airport,) in rows]


def test_reachable_follows_one_way_flights(lab):
    """Flights are one-way: Honolulu has no flight out; Longyearbyen is reached via Reykjavik."""
    db = network()
    assert airports(run(lab, db, "reachable.sql", {"start": "HNL"})) == [], (
        "nothing can be reached from Honolulu: every flight there is one-way, into it"
    )
    from_kef = airports(run(lab, db, "reachable.sql", {"start": "KEF"}))
    assert from_kef == reachable(flights(), "KEF")


def test_reachable_on_a_dense_network(lab):
    """60 airports, 6 flights out of each: reachable matches a breadth-first search."""
    codes, rows = dense()
    db = network(codes, rows)
    for start in ("X00", "X17", "X59"):
        found = airports(run(lab, db, "reachable.sql", {"start": start}))
        assert found == reachable(rows, start), f"reachable from {start}"


def test_fewest_flights_between_many_pairs(lab):
    """fewest_flights matches a breadth-first search for pairs of the sample network."""
    db = network()
    for origin, destination in (("LHR", "HNL"), ("LYR", "EZE"), ("EZE", "NRT"), ("SYD", "KEF"),
                                ("BOS", "LYR"), ("AMS", "CDG")):  # fmt: skip
        rows = run(lab, db, "fewest_flights.sql", {"origin": origin, "destination": destination})
        expected = fewest(flights(), origin, destination)
        assert rows == [(expected,)], f"{origin} to {destination}: {expected} flights, got {rows}"


def test_fewest_flights_unreachable_is_no_row(lab):
    """From Honolulu nothing is reachable: no row (not a row with NULL)."""
    rows = run(lab, network(), "fewest_flights.sql", {"origin": "HNL", "destination": "LHR"})
    assert rows == [], f"expected no row, got {rows}"


def test_itinerary_london_to_sydney(lab):
    """London to Sydney: 2 flights, via Singapore (17,170 km) rather than Dubai (17,540 km)."""
    rows = run(lab, network(), "itinerary.sql", {"origin": "LHR", "destination": "SYD"})
    assert rows == [("LHR-SIN-SYD", 17170)], rows


def test_itinerary_prefers_fewer_flights_to_fewer_km(lab):
    """A to D: 2 flights and 2,000 km beat 3 flights and 300 km."""
    db = network(SMALL, SMALL_FLIGHTS)
    rows = run(lab, db, "itinerary.sql", {"origin": "A", "destination": "D"})
    assert rows == [("A-B-D", 2000)], (
        f"got {rows}: the best itinerary has the fewest flights first, then the fewest km"
    )


def test_itinerary_ties_go_to_the_first_name(lab):
    """Two routes with the same flights and km: the alphabetically first route."""
    db = network(SMALL, SMALL_FLIGHTS)
    rows = run(lab, db, "itinerary.sql", {"origin": "A", "destination": "G"})
    assert rows == [("A-C-G", 800)], rows


def test_itinerary_unreachable_is_no_row(lab):
    """No route from Honolulu: no row."""
    rows = run(lab, network(), "itinerary.sql", {"origin": "HNL", "destination": "SYD"})
    assert rows == [], f"expected no row, got {rows}"


def test_all_queries_fit_the_budget_on_a_dense_network(lab):
    """On 60 airports with 6 flights each, every query stays within 1,000,000 steps."""
    codes, rows = dense()
    db = network(codes, rows)
    for origin, destination in (("X00", "X37"), ("X12", "X03"), ("X40", "X59"), ("X59", "X01")):
        params = {"origin": origin, "destination": destination}
        count = fewest(rows, origin, destination)
        assert run(lab, db, "fewest_flights.sql", params) == ([] if count is None else [(count,)])
        best = itinerary(rows, origin, destination)
        assert run(lab, db, "itinerary.sql", params) == ([] if best is None else [best])
