# Caught by test_nested_dot_dot_tricks: removing "../" once turns "....//" back into "../".
"""The team file share: anyone with the link downloads the files in storage/public/."""

import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

STORAGE = Path("storage").resolve()  # in the app's working directory
PUBLIC = STORAGE / "public"  # served to anyone
INTERNAL = STORAGE / "public_internal"  # HR's share: never served

SEED = {
    PUBLIC / "welcome.txt": "Welcome to the team file share.\n",
    PUBLIC / "reports" / "2024" / "q1.txt": "Q1 revenue: 1.2M, costs: 0.9M\n",
    PUBLIC / "v2..3-upgrade.txt": "Upgrading from 2 to 3: run the migrations first.\n",
    INTERNAL / "payroll.csv": "name,salary\nalice,98000\nbob,87000\n",
}
for path, text in SEED.items():
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)

app = FastAPI()


@app.get("/download")
def download(name: str) -> FileResponse:
    path = f"{PUBLIC}/{name.replace('../', '')}"  # no way up any more
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="no such file")
    return FileResponse(path)
