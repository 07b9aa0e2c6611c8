"""Shared by the checks: chat clients on real WebSocket connections to your app."""

import json

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

WAIT = 2.0  # seconds a client waits for a message before the check fails


class Client:
    def __init__(self, websocket, name):
        self.websocket = websocket
        self.name = name

    def say(self, text):
        self.websocket.send(json.dumps({"text": text}))

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
def join(ws_base):
    """join(room, name) -> a Client connected to /ws/<room>?name=<name>."""
    clients = []

    def join(room, name):
        url = ws_base + f"/ws/{room}?name={name}"
        client = Client(connect(url, open_timeout=WAIT), name)
        clients.append(client)
        return client

    yield join
    for client in clients:
        client.close()


def enter(join, room, *names, present=()):
    """Members join `room` one after another (`present`: the clients already in it). Every
    welcome and every join announcement is read and checked on the way, so each client is
    ready for what comes next. Returns the new clients."""
    inside, new = list(present), []
    for name in names:
        client = join(room, name)
        welcome = client.receive(f"the welcome to {room}")
        expected = {"type": "welcome", "room": room, "members": [c.name for c in inside] + [name]}
        assert welcome == expected, (
            f"{name}'s welcome lists everyone in {room}, in the order they joined, {name} last"
        )
        for earlier in inside:
            assert earlier.receive(f"{name}'s join") == {"type": "join", "name": name}, (
                f"{earlier.name} should be told that {name} joined"
            )
        inside.append(client)
        new.append(client)
    return new
