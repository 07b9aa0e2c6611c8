# Caught by test_rooms_are_isolated: every connection goes into one list whatever its room,
# so a member of the kitchen is welcomed into (and hears) the lobby.
import json
from typing import Any

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI()


class Member:
    def __init__(self, websocket: WebSocket, name: str) -> None:
        self.websocket = websocket
        self.name = name


members: list[Member] = []


async def broadcast(message: dict[str, Any], skip: Member | None = None) -> None:
    text = json.dumps(message)
    for member in list(members):
        if member is skip:
            continue
        try:
            await member.websocket.send_text(text)
        except Exception:
            if member in members:
                members.remove(member)


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str, name: str) -> None:
    await websocket.accept()
    me = Member(websocket, name)
    members.append(me)
    names = [member.name for member in members]
    await websocket.send_text(json.dumps({"type": "welcome", "room": room, "members": names}))
    await broadcast({"type": "join", "name": name}, skip=me)
    try:
        while True:
            data = json.loads(await websocket.receive_text())
            await broadcast({"type": "message", "name": name, "text": data["text"]})
    except WebSocketDisconnect:
        pass
    finally:
        if me in members:
            members.remove(me)
        await broadcast({"type": "leave", "name": name})
