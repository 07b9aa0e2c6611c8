# Caught by test_leave_is_announced: the disconnect is never handled, so the member stays in
# the room, nobody is told, and the next broadcast to the closed connection fails.
import json
from typing import Any

from fastapi import FastAPI, WebSocket

app = FastAPI()


class Member:
    def __init__(self, websocket: WebSocket, name: str) -> None:
        self.websocket = websocket
        self.name = name


rooms: dict[str, list[Member]] = {}


async def broadcast(room: str, message: dict[str, Any], skip: Member | None = None) -> None:
    text = json.dumps(message)
    for member in rooms.get(room, []):
        if member is not skip:
            await member.websocket.send_text(text)


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str, name: str) -> None:
    await websocket.accept()
    me = Member(websocket, name)
    members = rooms.setdefault(room, [])
    members.append(me)
    names = [member.name for member in members]
    await websocket.send_text(json.dumps({"type": "welcome", "room": room, "members": names}))
    await broadcast(room, {"type": "join", "name": name}, skip=me)
    while True:
        data = json.loads(await websocket.receive_text())
        await broadcast(room, {"type": "message", "name": name, "text": data["text"]})
