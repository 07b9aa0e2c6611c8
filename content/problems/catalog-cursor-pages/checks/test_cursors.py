from conftest import create, expected, follow, get_ok, ids, next_link, walk


def test_inserts_between_pages_cause_no_duplicates(http):
    """Newest first, with new products created between pages: each product appears once."""

    def insert(number):
        create(http, f"New Tent {number}a")
        create(http, f"New Tent {number}b")

    items, _ = walk(http, {"sort": "-created", "limit": 10}, between=insert)
    seen = ids(items)
    duplicated = sorted({i for i in seen if seen.count(i) > 1})
    assert not duplicated, f"products {duplicated} came twice: the new ones pushed them onto the next page"
    assert seen == ids(expected("-created")), "the walk lists every product that existed, newest first"


def test_inserts_ahead_are_seen_and_behind_are_not(http):
    """By price: a product created ahead of the cursor shows up; one behind it never shifts a page."""
    created = []

    def insert(number):
        created.append(create(http, f"Budget Rope {number}", "ropes", 500))  # cheaper than all
        created.append(create(http, f"Luxury Rope {number}", "ropes", 90000 + number))

    items, _ = walk(http, {"sort": "price", "limit": 8}, between=insert)
    seen = ids(items)
    assert len(seen) == len(set(seen)), "no product may come twice"
    originals = [i for i in seen if i <= 60]
    assert originals == ids(expected("price")), "every original product once, in price order"
    luxury = [p["id"] for p in created if p["price_cents"] > 90000]
    assert seen[-len(luxury):] == luxury, "products created ahead of the cursor appear at their place"


def test_ties_are_neither_skipped_nor_repeated(http):
    """Pages that end in the middle of a group of equal prices continue inside the group."""
    for sort, limit in (("price", 4), ("-price", 3), ("-created", 7)):
        items, _ = walk(http, {"sort": sort, "limit": limit})
        assert ids(items) == ids(expected(sort)), f"sort={sort}, limit={limit}"


def test_filters_apply_across_pages(http):
    """The filters hold on every page reached through the cursor."""
    params = {"category": "boots", "min_price": 3000, "sort": "name", "limit": 2}
    items, _ = walk(http, params)
    assert ids(items) == ids(expected("name", category="boots", min_price=3000))


def test_a_cursor_only_works_with_its_sort_and_filters(http):
    """A cursor used with another sort or other filters is 400; a different limit is fine."""
    cursor = get_ok(http, {"sort": "price", "category": "tents", "limit": 5}).json()["next_cursor"]
    for params in (
        {"sort": "name", "category": "tents"},
        {"sort": "price", "category": "ropes"},
        {"sort": "price"},
        {"sort": "price", "category": "tents", "max_price": 4000},
    ):
        response = http.get("/products", params=dict(params, cursor=cursor))
        assert response.status_code == 400, (
            f"a cursor of sort=price&category=tents used with {params}: expected 400, got "
            f"{response.status_code}"
        )
    page = get_ok(http, {"sort": "price", "category": "tents", "limit": 3, "cursor": cursor}).json()
    assert ids(page["items"]) == ids(expected("price", category="tents")[5:8]), (
        "the same sort and filters with another limit continue where the cursor points"
    )


def test_link_next_carries_the_cursor(http):
    """Link: <...>; rel="next" leads to the same page as next_cursor; none on the last page."""
    first = get_ok(http, {"sort": "-price", "category": "stoves", "limit": 6})
    link = next_link(first)
    assert link is not None, "a page with a next page has Link: <...>; rel=\"next\""
    by_link = follow(http, link)
    by_cursor = get_ok(http, {"sort": "-price", "category": "stoves", "limit": 6, "cursor": first.json()["next_cursor"]})
    assert by_link.status_code == 200 and by_link.json() == by_cursor.json()
    last = get_ok(http, {"sort": "-price", "category": "stoves", "limit": 50})
    assert last.json()["next_cursor"] is None and next_link(last) is None


def test_stage_one_rules_still_hold(http):
    """limit stays 1..50, sort an allow-list, and filter values bound parameters."""
    for params in ({"limit": 51}, {"limit": 0}, {"sort": "price_cents"}, {"sort": "id DESC"}):
        response = http.get("/products", params=params)
        assert response.status_code == 422, f"{params}: expected 422, got {response.status_code}"
    body = get_ok(http, {"category": "tents' OR '1'='1"}).json()
    assert body["items"] == [] and body["next_cursor"] is None
