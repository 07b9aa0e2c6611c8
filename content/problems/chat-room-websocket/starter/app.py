"""Base camp chat: rooms over WebSockets (stage 1)."""

from fastapi import FastAPI, WebSocket

app = FastAPI()


@app.websocket("/ws/{room}")
async def chat(websocket: WebSocket, room: str, name: str) -> None:
    await websocket.accept()
    # TODO: welcome the new member, announce them to the room, broadcast what each member
    # says to everyone in the same room, and announce them leaving when they disconnect.
    while True:
        text = await websocket.receive_text()
        await websocket.send_text(text)
