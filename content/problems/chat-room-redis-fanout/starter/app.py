"""Base camp chat: rooms over WebSockets (stage 3: several replicas, fan-out through Redis).

This is stage 2's solution. Stage 3 runs several copies of it behind a load balancer: make the
members of a room hear each other whichever replica they are connected to.
"""

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


class Member:
    """One open connection. (A Starlette WebSocket is a Mapping, so it is not hashable.)"""

    def __init__(self, websocket: WebSocket, name: str) -> None:
        self.websocket = websocket
        self.name = name


# room name -> its members, in the order they joined
rooms: dict[str, list[Member]] = {}


def leave(room: str, member: Member) -> None:
    members = rooms.get(room, [])
    if member in members:
        members.remove(member)
    if not members:
        rooms.pop(room, None)


async def broadcast(room: str, message: dict[str, Any], skip: Member | None = None) -> None:
    text = json.dumps(message)
    for member in list(rooms.get(room, [])):
        if member is skip:
            continue
        try:
            await member.websocket.send_text(text)
        except Exception:
            leave(room, member)


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


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str) -> None:
    origin = websocket.headers.get("origin")
    name = TOKENS.get(websocket.query_params.get("token", ""))
    if name is None or (origin is not None and origin not in ALLOWED_ORIGINS):
        # Closing before accept() refuses the handshake: the client gets HTTP 403.
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
    # TODO: publish every join, message and leave on the channel chat:<room>, deliver what
    # arrives on it to this replica's members, and keep the room's members in Redis.
    me = Member(websocket, name)
    members = rooms.setdefault(room, [])
    members.append(me)
    names = [member.name for member in members]
    await websocket.send_text(json.dumps({"type": "welcome", "room": room, "members": names}))
    await broadcast(room, {"type": "join", "name": name}, skip=me)
    try:
        while True:
            text = read_text(await websocket.receive_text())
            if text is None:
                reason = f'send {{"text": "..."}} with 1 to {MAX_TEXT} characters of text'
                await websocket.send_text(json.dumps({"type": "error", "reason": reason}))
                continue
            await broadcast(room, {"type": "message", "name": name, "text": text})
    except WebSocketDisconnect:
        pass
    finally:
        leave(room, me)
        await broadcast(room, {"type": "leave", "name": name})
