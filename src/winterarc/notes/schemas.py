"""Request and response bodies of the notes API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

NOTE_MAX_CHARS = 20_000  # a page of notes, not a document store


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: str = Field(max_length=NOTE_MAX_CHARS)


class NoteOut(BaseModel):
    problem: str
    body: str  # the Markdown as written
    html: str  # rendered and sanitised (nh3): safe to insert into a page
    updated_at: datetime
