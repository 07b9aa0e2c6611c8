"""Base camp chat: rooms over WebSockets (stage 2: tokens, Origin checks, validation).

This is stage 1's solution. Stage 2 adds who may connect, from which page, and what they may
send.
"""

import json
from typing import Any

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

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


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str, name: str) -> None:
    # TODO: take the name from ?token= (refuse a missing or unknown token), refuse a foreign
    # Origin, and answer a bad frame with an error instead of dropping the connection.
    await websocket.accept()
    me = Member(websocket, name)
    members = rooms.setdefault(room, [])
    members.append(me)
    names = [member.name for member in members]
    await websocket.send_text(json.dumps({"type": "welcome", "room": room, "members": names}))
    await broadcast(room, {"type": "join", "name": name}, skip=me)
    try:
        while True:
            data = json.loads(await websocket.receive_text())
            await broadcast(room, {"type": "message", "name": name, "text": data["text"]})
    except WebSocketDisconnect:
        pass
    finally:
        leave(room, me)
        await broadcast(room, {"type": "leave", "name": name})
