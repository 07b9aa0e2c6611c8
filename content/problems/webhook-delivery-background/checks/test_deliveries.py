import socket

from conftest import EVENT, Receiver, accepted, finished


def test_the_202_does_not_wait_for_the_delivery(http):
    """The 202 comes back while the receiver is still busy: the delivery runs afterwards."""
    with Receiver([200], hold=True) as receiver:
        response = http.post("/deliveries", json={"url": receiver.url, "event": EVENT})
        assert not receiver.held_too_long, (
            "POST /deliveries answered only once the receiver had answered: the delivery ran "
            "inside the request. Answer 202 first and deliver in a background task."
        )
        delivery = accepted(response)
        assert receiver.held.wait(3), "the background task never reached the receiver"
        state = http.get(f"/deliveries/{delivery['id']}").json()
        assert state["status"] == "pending", f"while the receiver is busy, the delivery is pending; got {state}"
        receiver.release()
        assert finished(http, delivery["id"])["status"] == "delivered"


def test_a_5xx_is_retried(http):
    """500 and 503 are retried; the third attempt succeeds: delivered after 3 attempts."""
    with Receiver([500, 503, 200]) as receiver:
        delivery = accepted(http.post("/deliveries", json={"url": receiver.url, "event": EVENT}))
        done = finished(http, delivery["id"])
    assert done == {"id": delivery["id"], "status": "delivered", "attempts": 3}
    assert [body for _, body in receiver.requests] == [EVENT] * 3
    ids = {headers.get("x-delivery-id") for headers, _ in receiver.requests}
    assert ids == {delivery["id"]}, "every attempt carries the same X-Delivery-Id (the receiver dedups on it)"


def test_429_is_retried_too(http):
    """429 Too Many Requests is worth retrying; the second attempt succeeds."""
    with Receiver([429, 200]) as receiver:
        delivery = accepted(http.post("/deliveries", json={"url": receiver.url, "event": EVENT}))
        done = finished(http, delivery["id"])
    assert (done["status"], done["attempts"]) == ("delivered", 2)


def test_gives_up_after_three_attempts(http):
    """A receiver that always fails gets exactly 3 attempts, then the delivery is failed."""
    with Receiver([500]) as receiver:
        delivery = accepted(http.post("/deliveries", json={"url": receiver.url, "event": EVENT}))
        done = finished(http, delivery["id"])
    assert done == {"id": delivery["id"], "status": "failed", "attempts": 3}
    assert len(receiver.requests) == 3, f"expected 3 attempts, the receiver got {len(receiver.requests)}"


def test_a_4xx_is_not_retried(http):
    """400 means the receiver will never take this event: failed after 1 attempt."""
    with Receiver([400, 200]) as receiver:
        delivery = accepted(http.post("/deliveries", json={"url": receiver.url, "event": EVENT}))
        done = finished(http, delivery["id"])
    assert done == {"id": delivery["id"], "status": "failed", "attempts": 1}
    assert len(receiver.requests) == 1, "a 4xx other than 429 is not retried"


def test_an_unreachable_receiver_is_retried_then_failed(http):
    """Connection refused counts as a failed attempt: 3 attempts, then failed."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, never listening: connections are refused
        delivery = accepted(http.post("/deliveries", json={"url": f"http://127.0.0.1:{port}/x", "event": EVENT}))
        done = finished(http, delivery["id"])
    assert done == {"id": delivery["id"], "status": "failed", "attempts": 3}


def test_each_delivery_has_its_own_id(http):
    """Two deliveries get different ids and are tracked separately."""
    with Receiver([200]) as receiver:
        first = accepted(http.post("/deliveries", json={"url": receiver.url, "event": EVENT}))
        second = accepted(http.post("/deliveries", json={"url": receiver.url, "event": {"type": "ping"}}))
        assert first["id"] != second["id"]
        assert finished(http, first["id"])["status"] == "delivered"
        assert finished(http, second["id"])["status"] == "delivered"
    assert sorted(h.get("x-delivery-id") for h, _ in receiver.requests) == sorted([first["id"], second["id"]])


def test_an_invalid_request_is_422(http):
    """A body without url, or whose event is not an object, is 422."""
    for body in ({"event": EVENT}, {"url": "http://127.0.0.1:9/x", "event": [1, 2]}):
        response = http.post("/deliveries", json=body)
        assert response.status_code == 422, f"{body}: expected 422, got {response.status_code}"
