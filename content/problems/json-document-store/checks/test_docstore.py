from sample_products import products


def test_find_by_nested_field(learner):
    """A dotted field reaches into nested documents; documents without it never match."""
    shop = products(learner)
    assert shop.names({"specs.ram_gb": 32}) == ["Laptop 16"]
    assert shop.names({"stock.warehouse": "north"}) == ["Kettle"]
    assert shop.names({"specs.cpu": "x7", "brand": "Zenith"}) == ["Laptop 14"]


def test_find_with_operators(learner):
    """$gt, $gte, $lt, $lte and $in, alone and together."""
    shop = products(learner)
    assert shop.names({"price": {"$gt": 999}}) == ["Laptop 16"]
    assert shop.names({"price": {"$gte": 30, "$lt": 999}}) == ["NoSQL Distilled", "SQL Antipatterns"]
    assert shop.names({"price": {"$lte": 9.5}}) == ['Mug "Dev"']
    assert shop.names({"brand": {"$in": ["Pearson", "Acme"]}}) == ["Kettle", "T-shirt", "NoSQL Distilled"]
    assert shop.names({"specs.ram_gb": {"$gte": 16}, "price": {"$lt": 1000}}) == ["Laptop 14"]


def test_find_in_arrays(learner):
    """{"tags": {"$contains": "sql"}} matches the documents whose tags array holds "sql"."""
    shop = products(learner)
    assert shop.names({"tags": {"$contains": "sql"}}) == ["SQL Antipatterns"], (
        "only an element equal to 'sql' counts: 'nosql' is another tag"
    )
    assert shop.names({"tags": {"$contains": "kitchen"}, "price": {"$lt": 20}}) == ['Mug "Dev"']
    assert shop.names({"sizes": {"$contains": "M"}}) == ["T-shirt"]


def test_sort_and_limit(learner):
    """sort="price" or "-price" (ties by _id), then limit."""
    shop = products(learner)
    assert shop.names({"brand": "Zenith"}, sort="-price") == ["Laptop 16", "Laptop 14"]
    assert shop.names({"price": {"$lt": 40}}, sort="price", limit=3) == [
        'Mug "Dev"', "T-shirt", "Kettle"]  # fmt: skip
    assert shop.names({"tags": {"$contains": "computers"}}, sort="specs.ram_gb") == [
        "Laptop 14", "Laptop 16"]  # fmt: skip


def test_update_sets_nested_fields(learner):
    """update() sets fields by path, creating nested objects, and keeps everything else."""
    shop = products(learner)
    assert shop("update", 2, {"price": 899, "specs.ram_gb": 24, "specs.gpu.model": "g3"}) is True
    laptop = shop("get", 2)
    assert laptop["price"] == 899 and laptop["name"] == "Laptop 14"
    assert laptop["specs"] == {"ram_gb": 24, "cpu": "x7", "gpu": {"model": "g3"}}, (
        f"specs became {laptop['specs']}: 'specs.ram_gb' is a path into specs, and the other "
        "fields of specs stay"
    )
    assert "specs.ram_gb" not in laptop
    assert shop("update", 99, {"price": 1}) is False
    assert shop.names({"specs.ram_gb": 24}) == ["Laptop 14"]


def test_an_index_serves_find(learner):
    """After create_index(field), find on that field searches the index (explain says so)."""
    shop = products(learner)
    before = shop("explain", {"brand": "Acme"})
    assert any(line.startswith("SCAN") for line in before), f"without an index: {before}"
    shop("create_index", "brand")
    shop("create_index", "specs.ram_gb")
    shop("create_index", "brand")  # twice is fine
    for query in ({"brand": "Acme"}, {"specs.ram_gb": 32, "price": {"$gt": 100}}):
        lines = shop("explain", query)
        assert any("USING INDEX" in line for line in lines), (
            f"explain({query}) is {lines}: the index is on json_extract(doc, '$.<path>'), and "
            "the query must contain that very expression (a path passed as a parameter is a "
            "different expression to SQLite)"
        )
    assert shop.names({"brand": "Acme"}) == ["Kettle", "T-shirt"]


def test_values_are_bound_never_spliced(learner):
    """Quotes in values are data: O'Brien's matches, an injection attempt matches nothing."""
    shop = products(learner)
    assert shop.names({"brand": "O'Brien's"}) == ['Mug "Dev"']
    assert shop.names({"name": 'Mug "Dev"'}) == ['Mug "Dev"']
    assert shop.names({"brand": "x' OR '1'='1"}) == []
    assert shop.names({"gift": True}) == ['Mug "Dev"']


def test_field_and_collection_names_are_checked(learner):
    """A field or collection name that is not a plain dotted name raises ValueError."""
    shop = products(learner)
    for field in ("brand') = 1 OR ('1", "price; DROP TABLE products", "tags[0]", "", ".brand"):
        with learner.raises("ValueError"):
            shop("find", {field: 1})
    with learner.raises("ValueError"):
        products(learner, name="products; DROP TABLE x")
    assert len(shop("find", {})) == 7
