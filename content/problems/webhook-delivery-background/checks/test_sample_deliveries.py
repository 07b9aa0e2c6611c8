from conftest import EVENT, Receiver, accepted, finished


def test_sample_accepted_then_delivered(http):
    with Receiver([200]) as receiver:
        delivery = accepted(http.post("/deliveries", json={"url": receiver.url, "event": EVENT}))
        done = finished(http, delivery["id"])
    assert done == {"id": delivery["id"], "status": "delivered", "attempts": 1}
    assert len(receiver.requests) == 1, "one attempt was enough"
    headers, body = receiver.requests[0]
    assert body == EVENT, "the receiver gets the event as the JSON body"
    assert headers.get("x-delivery-id") == delivery["id"], "X-Delivery-Id: <the delivery's id>"


def test_sample_an_unknown_delivery_is_404(http):
    assert http.get("/deliveries/no-such-id").status_code == 404
