# Caught by test_each_event_reaches_a_member_exactly_once: a message is sent to the local
# members at once and published too, so the subscription delivers it to them a second time.
"""Base camp chat: rooms over WebSockets (stage 3: several replicas, fan-out through Redis)."""

import asyncio
import contextlib
import json
from typing import Any

import redis.asyncio as redis
from fastapi import FastAPI, WebSocket, WebSocketDisconnect, status

# token -> member name (in real life: a session store, or a JWT from the login of week 1)
TOKENS = {
    "tok-ana-7f3a": "ana",
    "tok-ben-19c2": "ben",
    "tok-cy-55e0": "cy",
    "tok-dan-a0b4": "dan",
}
# The web pages allowed to open the chat in a browser.
ALLOWED_ORIGINS = {"https://basecamp.example"}
MAX_TEXT = 500

# Every replica reaches the same Redis. redis.asyncio, so waiting on Redis never blocks the loop.
store = redis.Redis(host="127.0.0.1", port=6379, decode_responses=True)

app = FastAPI()


def channel(room: str) -> str:
    return f"chat:{room}"


def members_key(room: str) -> str:
    return f"chat:{room}:members"


class Member:
    """One open connection. (A Starlette WebSocket is a Mapping, so it is not hashable.)"""

    def __init__(self, websocket: WebSocket, name: str, welcome: dict[str, Any]) -> None:
        self.websocket = websocket
        self.name = name
        self.welcome = welcome
        self.live = asyncio.Event()  # set once its own join came back on the channel


class Room:
    """A room as this replica sees it: its local members and its subscription to chat:<room>.

    The subscription drives every send: the channel is the one order of the room's events,
    the same on every replica, and each member hears exactly what comes after its own join.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.members: list[Member] = []
        self.holders = 0  # connections using this room, joined or still joining
        self.subscribed = asyncio.Event()
        self.pump = asyncio.create_task(self.listen())

    async def listen(self) -> None:
        async with store.pubsub() as pubsub:
            await pubsub.subscribe(channel(self.name))
            async for message in pubsub.listen():
                if message["type"] == "subscribe":
                    self.subscribed.set()  # Redis confirmed: nothing published from now is missed
                elif message["type"] == "message":
                    await self.deliver(json.loads(message["data"]))

    async def deliver(self, event: dict[str, Any]) -> None:
        text = json.dumps(event)
        for member in list(self.members):
            if not member.live.is_set():
                if event.get("type") == "join" and event.get("name") == member.name:
                    # Its own join: everything before it is in its welcome, everything after
                    # it is sent to it.
                    await self.send(member, json.dumps(member.welcome))
                    member.live.set()
                continue
            await self.send(member, text)

    async def send(self, member: Member, text: str) -> None:
        try:
            await member.websocket.send_text(text)
        except Exception:
            # Gone, and its own handler has not noticed yet: it will clean up after itself.
            if member in self.members:
                self.members.remove(member)


# room name -> the room, while this replica has members in it
rooms: dict[str, Room] = {}


async def open_room(name: str) -> Room:
    room = rooms.get(name)
    if room is None:
        room = rooms[name] = Room(name)
    room.holders += 1  # before any await: a leave cannot close the room under this joiner
    await room.subscribed.wait()
    return room


def release(room: Room) -> None:
    """A connection is done with the room; the last one stops listening (the subscription ends
    with its connection)."""
    room.holders -= 1
    if room.holders > 0:
        return
    if rooms.get(room.name) is room:
        del rooms[room.name]
    room.pump.cancel()


async def publish(room: str, event: dict[str, Any]) -> None:
    await store.publish(channel(room), json.dumps(event))


def read_text(frame: str) -> str | None:
    """The text of a valid frame, or None."""
    try:
        data = json.loads(frame)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    text = data.get("text")
    if not isinstance(text, str) or not 1 <= len(text) <= MAX_TEXT:
        return None
    return text


@app.websocket("/ws/{room_name}")
async def chat(websocket: WebSocket, room_name: str) -> None:
    origin = websocket.headers.get("origin")
    name = TOKENS.get(websocket.query_params.get("token", ""))
    if name is None or (origin is not None and origin not in ALLOWED_ORIGINS):
        # Closing before accept() refuses the handshake: the client gets HTTP 403.
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
    room = await open_room(room_name)  # subscribed: our own join will come back to us
    me: Member | None = None
    try:
        await store.rpush(members_key(room_name), name)
        names = await store.lrange(members_key(room_name), 0, -1)
        me = Member(websocket, name, {"type": "welcome", "room": room_name, "members": names})
        room.members.append(me)
        await publish(room_name, {"type": "join", "name": name})
        await me.live.wait()  # the welcome was sent when the join came back
        while True:
            text = read_text(await websocket.receive_text())
            if text is None:
                reason = f'send {{"text": "..."}} with 1 to {MAX_TEXT} characters of text'
                await websocket.send_text(json.dumps({"type": "error", "reason": reason}))
                continue
            event = {"type": "message", "name": name, "text": text}
            await room.deliver(event)  # the local members get it right away
            await publish(room_name, event)
    except WebSocketDisconnect:
        pass
    finally:
        if me is not None:
            if me in room.members:
                room.members.remove(me)
            with contextlib.suppress(redis.RedisError):
                await store.lrem(members_key(room_name), 1, name)
                await publish(room_name, {"type": "leave", "name": name})
        release(room)
