"""Shared by the checks: chat clients on real WebSocket connections to your app."""

import json
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
