# Caught by test_sample_a_message_reaches_everyone_in_the_room: a message goes back to its
# sender only (the echo server from the tutorial), so nobody else in the room hears it.
import json
from typing import Any

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI()


class Member:
    def __init__(self, websocket: WebSocket, name: str) -> None:
        self.websocket = websocket
        self.name = name


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
            message = {"type": "message", "name": name, "text": data["text"]}
            await websocket.send_text(json.dumps(message))
    except WebSocketDisconnect:
        pass
    finally:
        leave(room, me)
        await broadcast(room, {"type": "leave", "name": name})
