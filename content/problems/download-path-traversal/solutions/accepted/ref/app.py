"""The team file share: anyone with the link downloads the files in storage/public/."""

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


def public_file(name: str) -> Path:
    """The regular file `name` names inside PUBLIC, or 404.

    Resolve first (it collapses "..", follows symbolic links, and an absolute name replaces
    the base), then check that the result is still inside PUBLIC: path by path, not as a
    string prefix, which /storage/public_internal would also pass.
    """
    try:
        target = (PUBLIC / name).resolve()
        inside = target.is_relative_to(PUBLIC) and target.is_file()
    except (ValueError, OSError):  # a NUL byte, a name too long, ...
        inside = False
    if not inside:
        raise HTTPException(status_code=404, detail="no such file")
    return target


@app.get("/download")
def download(name: str) -> FileResponse:
    return FileResponse(public_file(name))
