def test_sample_order_is_placed(shop):
    local = shop("local")
    result = local.place("o-1", ("mug", 2), ("kettle", 1))
    assert result == {"order_id": "o-1", "status": "placed", "reservations": ["res-1", "res-2"]}, (
        "a placed order lists the ids reserve() returned, one per line, in line order"
    )
    assert local.available("mug") == 3 and local.available("kettle") == 2


def test_sample_out_of_stock_is_rejected(shop):
    local = shop("local")
    result = local.place("o-2", ("lamp", 2))
    assert result == {"order_id": "o-2", "status": "rejected", "reason": "out_of_stock", "sku": "lamp"}
    assert local.available("lamp") == 1, "a rejected order leaves the stock as it was"
