# Caught by test_the_name_parameter_is_ignored: a ?name= the client sends wins over the
# token "for compatibility with stage 1", so ben can speak as ana.
"""Base camp chat: rooms over WebSockets (stage 2: tokens, Origin checks, validation)."""

import json
from typing import Any

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
    if name is not None:
        name = websocket.query_params.get("name", name)
    if name is None or (origin is not None and origin not in ALLOWED_ORIGINS):
        # Closing before accept() refuses the handshake: the client gets HTTP 403.
        await websocket.close(code=status.WS_1008_POLICY_VIOLATION)
        return
    await websocket.accept()
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
