def test_sample_reserve_and_release(learner, client, service):
    reservation = learner.method(client, "reserve", "mug", 2)
    assert reservation == "r-1", "reserve() returns the id from the 201 answer's body"
    assert service.available("mug") == 3
    assert learner.method(client, "release", reservation) is None
    assert service.available("mug") == 5
    assert service.calls() == [["POST", "/reservations"], ["DELETE", "/reservations/r-1"]]


def test_sample_out_of_stock_is_the_ports_error(learner, client, service):
    with learner.raises("OutOfStock"):
        learner.method(client, "reserve", "lamp", 5)
    assert service.available("lamp") == 1
