"""A stand-in for the message broker (Kafka, RabbitMQ...), in memory. Given to your code.

`publish(topic, event_id, payload)` sends one message and returns once the broker has stored
it. It raises `BrokerUnavailable` when the broker cannot be reached — or when it stored the
message but its acknowledgement never came back (a timeout): then the publisher cannot know
whether the message got through. The other functions are the checks' tools.
"""


class BrokerUnavailable(Exception):
    """The broker did not acknowledge the message: it may or may not have it."""


_published: list[dict] = []
_accepting: int | None = None  # None: up; n: accepts n more messages, then is down
_lose_next_ack = False


def publish(topic: str, event_id: str, payload: str) -> None:
    global _accepting, _lose_next_ack
    if _accepting is not None:
        if _accepting <= 0:
            raise BrokerUnavailable("connection refused: the broker is down")
        _accepting -= 1
    _published.append({"topic": topic, "event_id": event_id, "payload": payload})
    if _lose_next_ack:
        _lose_next_ack = False
        raise BrokerUnavailable("timed out waiting for the broker's acknowledgement")


# -- the checks' tools -------------------------------------------------------------------


def go_down(after: int = 0) -> None:
    """The broker accepts `after` more messages, then refuses every publish."""
    global _accepting
    _accepting = after


def come_back() -> None:
    global _accepting
    _accepting = None


def lose_next_ack() -> None:
    """The next message is stored, but its publisher gets BrokerUnavailable (a timeout)."""
    global _lose_next_ack
    _lose_next_ack = True


def messages() -> list[dict]:
    """Every message the broker stored, in the order it stored them."""
    return list(_published)
