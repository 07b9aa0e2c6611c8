"""Notes API, stage 1: an in-memory CRUD resource with RFC 9457 problem details."""

from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
notes: dict[int, dict[str, Any]] = {}


class NoteIn(BaseModel):
    title: str
    body: str = ""
    tags: list[str] = []


@app.post("/notes")
def create_note(note: NoteIn) -> dict[str, Any]:
    # TODO: 201 with a Location header; ids 1, 2, 3, ... never reused; the limits.
    note_id = len(notes) + 1
    notes[note_id] = {"id": note_id, **note.model_dump()}
    return notes[note_id]


@app.get("/notes/{note_id}")
def read_note(note_id: int) -> dict[str, Any]:
    if note_id not in notes:
        raise HTTPException(status_code=404, detail="no such note")  # TODO: a problem document
    return notes[note_id]


# TODO: GET /notes, PATCH /notes/{id}, DELETE /notes/{id}, and problem documents for errors.
