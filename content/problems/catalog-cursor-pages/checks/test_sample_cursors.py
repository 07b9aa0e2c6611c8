from conftest import expected, get_ok, ids, walk


def test_sample_walking_the_cursors_lists_everything_once(http):
    items, pages = walk(http, {"sort": "price", "limit": 25})
    assert ids(items) == ids(expected("price")), "every product once, by price, then by id"
    assert pages == 3, "60 products in pages of 25: 3 pages, the last with next_cursor null"
    first = get_ok(http, {"sort": "price", "limit": 25}).json()
    assert set(first) == {"items", "next_cursor"}, f"the envelope is items and next_cursor; got {set(first)}"


def test_sample_a_cursor_that_is_not_ours_is_400(http):
    for cursor in ("not-a-cursor!!", "bm90IGpzb24", "WzEsMl0"):
        response = http.get("/products", params={"cursor": cursor})
        assert response.status_code == 400, f"cursor={cursor!r}: expected 400, got {response.status_code}"
