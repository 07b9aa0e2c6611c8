from conftest import expected, get_ok, ids


def test_sample_first_pages(http):
    body = get_ok(http, {"sort": "price", "limit": 5}).json()
    assert body["items"] == expected("price")[:5], "the 5 cheapest, equal prices by id"
    assert body["total"] == 60, "total counts every product that matches the filters"
    assert (body["limit"], body["offset"]) == (5, 0)
    newest = get_ok(http, {"limit": 3}).json()["items"]
    assert ids(newest) == ids(expected("-created")[:3]), (
        "without sort, the newest come first; products created at the same second go by id"
    )


def test_sample_an_unknown_sort_is_422(http):
    response = http.get("/products", params={"sort": "colour"})
    assert response.status_code == 422, (
        f"sort must be one of price, -price, created, -created, name: expected 422, got "
        f"{response.status_code}"
    )
