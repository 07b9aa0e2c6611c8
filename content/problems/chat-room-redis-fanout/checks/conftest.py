"""Shared by the checks: chat clients on real WebSocket connections to your app, and the
checks playing the other replicas through Redis."""

import json
import time
from urllib.parse import urlencode

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

WAIT = 2.0  # seconds a client waits for a message before the check fails
TOKENS = {"ana": "tok-ana-7f3a", "ben": "tok-ben-19c2", "cy": "tok-cy-55e0", "dan": "tok-dan-a0b4"}
ALLOWED_ORIGIN = "https://basecamp.example"


class Client:
    def __init__(self, websocket, name):
        self.websocket = websocket
        self.name = name

    def send(self, frame):
        self.websocket.send(frame)

    def say(self, text):
        self.send(json.dumps({"text": text}))

    def receive(self, what="a message"):
        """The next message this client gets, decoded from JSON."""
        try:
            raw = self.websocket.recv(timeout=WAIT)
        except TimeoutError:
            pytest.fail(f"{self.name} waited {WAIT:g} s for {what} and got nothing")
        except ConnectionClosed as closed:
            pytest.fail(f"the server closed {self.name}'s connection while it waited for {what}: {closed}")
        try:
            return json.loads(raw)
        except ValueError:
            pytest.fail(f"{self.name} got {raw!r} while waiting for {what}: that is not JSON")

    def close(self):
        self.websocket.close()


@pytest.fixture
def ws_base(http):
    """The app's base URL for WebSockets, "ws://127.0.0.1:<port>" (from the http client)."""
    return str(http.base_url).rstrip("/").replace("http", "ws", 1)


@pytest.fixture
def chat_url(ws_base):
    """chat_url(room, **query) -> the ws:// URL of a room with that query string."""

    def chat_url(room, **query):
        url = ws_base + f"/ws/{room}"
        return url + ("?" + urlencode(query) if query else "")

    return chat_url


@pytest.fixture
def join(chat_url):
    """join(room, member, origin=None, **query) -> a Client connected with member's token
    (and the extra query parameters)."""
    clients = []

    def join(room, member, origin=None, **query):
        url = chat_url(room, token=TOKENS[member], **query)
        client = Client(connect(url, open_timeout=WAIT, origin=origin), member)
        clients.append(client)
        return client

    yield join
    for client in clients:
        client.close()


def assert_refused(url, origin=None, why="it"):
    """The server refuses the connection: the handshake fails (close() before accept() gives
    HTTP 403), or the socket is closed at once with 1008 before any message."""
    try:
        websocket = connect(url, open_timeout=WAIT, origin=origin)
    except InvalidStatus as refused:
        status = refused.response.status_code
        assert status == 403, f"the handshake was refused with {status}; expected 403"
        return
    with websocket:
        try:
            got = websocket.recv(timeout=WAIT)
        except ConnectionClosed as closed:
            code = closed.rcvd.code if closed.rcvd else None
            assert code == 1008, f"the connection was closed with code {code}; expected 1008"
            return
        except TimeoutError:
            pytest.fail(f"the server accepted {why} and kept the connection open: refuse it")
    pytest.fail(f"the server accepted {why} and sent {got}: refuse it instead")


def enter(join, room, *names, present=()):
    """Members join `room` one after another (`present`: the clients already in it). Every
    welcome and every join announcement is read and checked on the way. Returns the new
    clients."""
    inside, new = list(present), []
    for name in names:
        client = join(room, name)
        welcome = client.receive(f"the welcome to {room}")
        expected = {"type": "welcome", "room": room, "members": [c.name for c in inside] + [name]}
        assert welcome == expected, f"{name}'s welcome"
        for earlier in inside:
            assert earlier.receive(f"{name}'s join") == {"type": "join", "name": name}, (
                f"{earlier.name} should be told that {name} joined"
            )
        inside.append(client)
        new.append(client)
    return new


def assert_error(client, why):
    got = client.receive(f"the error for {why}")
    assert isinstance(got, dict) and got.get("type") == "error", (
        f"{why} should be answered with {{\"type\": \"error\", ...}} to the sender; got {got}"
    )
    assert isinstance(got.get("reason"), str) and got["reason"], "an error carries a reason"


# -- Redis: the other replicas, as the checks play them ----------------------------------


def wait_subscribed(redis, room, count=1):
    """Poll until chat:<room> has `count` subscribers (PUBSUB NUMSUB), for at most WAIT s."""
    deadline = time.monotonic() + WAIT
    while True:
        found = dict(redis.pubsub_numsub(f"chat:{room}")).get(f"chat:{room}", 0)
        if found == count:
            return
        if time.monotonic() > deadline:
            pytest.fail(
                f"chat:{room} has {found} subscribers after {WAIT:g} s; expected {count} "
                "(SUBSCRIBE to chat:<room> while this replica has members in the room)"
            )
        time.sleep(0.01)


class Listener:
    """The checks' own subscription to a room's channel: what the replicas publish."""

    def __init__(self, redis, room):
        self.channel = f"chat:{room}"
        self.pubsub = redis.pubsub()
        self.pubsub.subscribe(self.channel)
        confirmed = self.pubsub.get_message(timeout=WAIT)
        assert confirmed and confirmed["type"] == "subscribe"

    def next(self, what="an event"):
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            message = self.pubsub.get_message(timeout=max(0.0, deadline - time.monotonic()))
            if message is not None and message["type"] == "message":
                try:
                    return json.loads(message["data"])
                except ValueError:
                    pytest.fail(f"{message['data']!r} was published on {self.channel}: not JSON")
        pytest.fail(f"nothing was published on {self.channel} within {WAIT:g} s; expected {what}")

    def close(self):
        self.pubsub.close()


@pytest.fixture
def listen(redis):
    """listen(room) -> a Listener subscribed to chat:<room>."""
    listeners = []

    def listen(room):
        listener = Listener(redis, room)
        listeners.append(listener)
        return listener

    yield listen
    for listener in listeners:
        listener.close()


def publish(redis, room, event):
    """Publish an event as another replica would."""
    redis.publish(f"chat:{room}", json.dumps(event))
