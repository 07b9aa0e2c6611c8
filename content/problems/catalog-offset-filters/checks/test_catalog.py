from conftest import expected, follow, get_ok, ids, next_link


def test_filters_combine(http):
    """category, min_price and max_price (inclusive) all apply at once, and total counts them."""
    params = {"category": "ropes", "min_price": 2000, "max_price": 5000, "sort": "-price", "limit": 50}
    body = get_ok(http, params).json()
    want = expected("-price", category="ropes", min_price=2000, max_price=5000)
    assert ids(body["items"]) == ids(want)
    assert body["total"] == len(want)


def test_descending_sorts_break_ties_by_id_ascending(http):
    """-price and -created list equal values by id ascending, like every sort."""
    for sort in ("-price", "-created"):
        body = get_ok(http, {"sort": sort, "limit": 50}).json()
        assert ids(body["items"]) == ids(expected(sort)[:50]), f"sort={sort}: ties go by id ascending"


def test_offset_pages_line_up(http):
    """offset=k skips k products of the same order: pages of 7 concatenate to the whole list."""
    got = []
    for offset in range(0, 60, 7):
        got += ids(get_ok(http, {"sort": "name", "limit": 7, "offset": offset}).json()["items"])
    assert got == ids(expected("name"))


def test_following_link_next_visits_every_match_once(http):
    """Link: <...>; rel="next" keeps the filters and sort; the last page has no next link."""
    response = get_ok(http, {"category": "tents", "sort": "price", "limit": 4})
    seen = ids(response.json()["items"])
    for _ in range(10):
        link = next_link(response)
        if link is None:
            break
        response = follow(http, link)
        assert response.status_code == 200, f"following {link}: {response.status_code}"
        seen += ids(response.json()["items"])
    assert seen == ids(expected("price", category="tents")), (
        "following rel=next from the first page should list every tent once, in price order"
    )
    assert next_link(response) is None, "the last page has no rel=next link"


def test_out_of_range_parameters_are_422(http):
    """limit is 1..50, offset and prices are >= 0; anything else is 422."""
    for params in ({"limit": 51}, {"limit": 1000}, {"limit": 0}, {"offset": -1}, {"min_price": -5}):
        response = http.get("/products", params=params)
        assert response.status_code == 422, f"{params}: expected 422, got {response.status_code}"


def test_sort_is_an_allow_list_not_sql(http):
    """A sort that is SQL (an expression, a second statement) is 422, never run."""
    for sort in ("price_cents", "id DESC", "(CASE WHEN 1 THEN id END)", "price; DROP TABLE products"):
        response = http.get("/products", params={"sort": sort})
        assert response.status_code == 422, f"sort={sort!r}: expected 422, got {response.status_code}"
    assert get_ok(http, {"limit": 1}).json()["total"] == 60


def test_filter_values_are_bound_not_pasted(http):
    """A category holding SQL matches nothing: filter values are bound parameters."""
    body = get_ok(http, {"category": "tents' OR '1'='1", "limit": 50}).json()
    assert body["items"] == [] and body["total"] == 0, (
        "the category \"tents' OR '1'='1\" is a value no product has; it must not become SQL"
    )


def test_a_created_product_is_listed(http):
    """POST /products answers 201 with the product; it is then the newest in the list."""
    response = http.post("/products", json={"name": "Cirrus Tent XL", "category": "tents", "price_cents": 45000})
    assert response.status_code == 201, f"expected 201, got {response.status_code}: {response.text[:200]}"
    product = response.json()
    assert product["id"] == 61 and product["name"] == "Cirrus Tent XL"
    assert product["created_at"] > 1_700_068_400, "created_at is now, in Unix seconds"
    assert get_ok(http, {"limit": 1}).json()["items"] == [product]


def test_an_invalid_product_is_422(http):
    """A product with an unknown category, no name or a price below 1 cent is 422."""
    for body in (
        {"name": "Kite", "category": "kites", "price_cents": 100},
        {"name": "", "category": "tents", "price_cents": 100},
        {"name": "Free Tent", "category": "tents", "price_cents": 0},
    ):
        response = http.post("/products", json=body)
        assert response.status_code == 422, f"{body}: expected 422, got {response.status_code}"
