from sample_products import PRODUCTS, products


def test_sample_insert_and_get(learner):
    shop = products(learner)
    assert shop("get", 2) == {"_id": 2, **PRODUCTS[1]}, "get(id) is the document with its _id"
    assert shop("get", 99) is None


def test_sample_find_by_equality(learner):
    shop = products(learner)
    assert shop.names({"brand": "Acme"}) == ["Kettle", "T-shirt"], "in _id order"
    assert shop.names({"brand": "Acme", "price": 15}) == ["T-shirt"], "conditions are ANDed"
    assert len(shop("find", {})) == 7
