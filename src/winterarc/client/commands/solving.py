"""`winterarc submit`: send a solution to the server's judge and follow it live."""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import Any

from winterarc.client import workspace
from winterarc.client.errors import USAGE, ClientError
from winterarc.client.http import Api
from winterarc.client.live import Event, follow
from winterarc.client.parsing import Commands, json_flag, server_option
from winterarc.client.render import Output, verdict_markup

LABELS = {
    "AC": "Accepted",
    "WA": "Wrong answer",
    "TLE": "Time limit exceeded",
    "MLE": "Memory limit exceeded",
    "RE": "Runtime error",
    "OLE": "Output limit exceeded",
    "CE": "Compilation error",
    "IE": "Internal error",
}


def register(commands: Commands) -> None:
    parser = commands.add(
        "submit",
        submit,
        "Submit to the server's judge and follow it test by test.",
        "Exit status 0 only for an accepted (AC) submission.",
    )
    parser.add_argument(
        "files", nargs="*", type=Path, help="default: the fetched solution (a lab: its files)"
    )
    parser.add_argument("-p", "--problem", help="the problem, outside a fetched folder")
    parser.add_argument("--no-wait", action="store_true", help="do not follow the judgement")
    server_option(parser)
    json_flag(parser)


def submit(args: argparse.Namespace) -> int:
    out = Output(args.json)
    slug, body, address = _submission(list(args.files), args.problem, args.server)
    api = Api.connect(address)
    created = api.post(
        "/submissions", {"problem": slug, **body}, headers={"Idempotency-Key": uuid.uuid4().hex}
    )
    submission_id = str(created["id"])
    if args.no_wait:
        if out.json_mode:
            out.json(created)
        else:
            out.line(f"Submitted {slug}: submission {submission_id} is queued.")
        return 0
    if out.terminal:
        _follow_on_terminal(api, out, slug, submission_id)
    elif not out.json_mode:
        out.line(f"submission {submission_id} for {slug}")
        follow(api, submission_id, lambda event: _plain_event(out, event))
    else:
        follow(api, submission_id, lambda _: None)
    detail: dict[str, Any] = api.get(f"/submissions/{submission_id}")
    if out.json_mode:
        out.json(detail)
    else:
        _report(out, detail)
    return 0 if detail.get("verdict") == "AC" else 1


def _submission(
    files: list[Path], problem: str | None, server: str | None
) -> tuple[str, dict[str, Any], str | None]:
    """(slug, the body's code or files, the server) from the arguments and the fetched folder."""
    if problem is not None:
        if not files:
            raise ClientError("with --problem, name the files to submit", USAGE)
        if len(files) == 1 and files[0].suffix in (".py", ".sql"):
            return problem, _code(files[0]), server
        return problem, {"files": {f.name: _read(f) for f in files}}, server
    start = files[0].parent if files else Path.cwd()
    fetched = workspace.find(start)
    address = server or fetched.server
    if fetched.is_lab:
        chosen = files or [fetched.root / n for n in fetched.files if (fetched.root / n).is_file()]
        if not chosen:
            raise ClientError(f"{fetched.root}: none of {', '.join(fetched.files)} is here", USAGE)
        return fetched.problem, {"files": {f.name: _read(f) for f in chosen}}, address
    if len(files) > 1:
        raise ClientError("a solution is one file; labs take several", USAGE)
    return (
        fetched.problem,
        _code(files[0] if files else fetched.root / str(fetched.solution)),
        address,
    )


def _code(path: Path) -> dict[str, Any]:
    body: dict[str, Any] = {"code": _read(path)}
    if path.suffix == ".sql":
        body["language"] = "sql"
    return body


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClientError(f"{path}: no such file", USAGE) from None
    except UnicodeDecodeError:
        raise ClientError(f"{path}: not UTF-8 text", USAGE) from None
    except OSError as error:
        raise ClientError(f"{path}: {error.strerror}", USAGE) from None


def _follow_on_terminal(api: Api, out: Output, slug: str, submission_id: str) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[state]}"),
        TimeElapsedColumn(),
        console=out.console,
        transient=True,
    )
    with progress:
        task = progress.add_task(
            f"judging {slug} ({submission_id[:8]})", total=None, state="queued"
        )

        def advance(event: Event) -> None:
            kind = event.get("type")
            if kind == "running":
                progress.update(task, completed=0, state="running")
            elif kind == "test":
                state = f"{event.get('name')}: {event.get('verdict')}"
                progress.update(task, completed=event["done"], total=event["total"], state=state)

        follow(api, submission_id, advance)


def _plain_event(out: Output, event: Event) -> None:
    kind = event.get("type")
    if kind in ("queued", "running"):
        out.line(str(kind))
    elif kind == "test":
        out.line(f"[{event['done']}/{event['total']}] {event['name']}: {event['verdict']}")


def _report(out: Output, detail: dict[str, Any]) -> None:
    tests = detail.get("tests") or []
    if tests and out.terminal:
        rows = [
            [
                str(number),
                t["name"] + ("" if t.get("sample") else " (hidden)"),
                verdict_markup(t.get("verdict")),
                str(t.get("cpu_ms", "")),
                str(t.get("memory_kb", "")),
            ]
            for number, t in enumerate(tests, start=1)
        ]
        out.table(
            ["#", "test", "verdict", "CPU ms", "memory KB"],
            rows,
            title="Tests",
            right=("CPU ms", "memory KB"),
        )
    for t in tests:
        if not t.get("sample") and t.get("verdict") not in ("AC", None) and t.get("message"):
            # The judge's own sentence: for a TLE it names the limit hit (CPU or wall clock).
            out.line(f"\n{t['name']} ({LABELS.get(t['verdict'], t['verdict'])}): {t['message']}")
        if t.get("sample") and t.get("verdict") not in ("AC", None):
            out.line(f"\n{t['name']} ({LABELS.get(t['verdict'], t['verdict'])})")
            for title in ("input", "expected", "actual"):
                out.line(f"--- {title} ---")
                out.line((t.get(title) or "").rstrip("\n") or "(empty)")
    verdict = detail.get("verdict") or "-"
    label = LABELS.get(verdict, verdict)
    out.styled(f"\nverdict: {verdict_markup(verdict)} ({label})", f"verdict: {verdict} ({label})")
    if detail.get("message"):
        out.line(str(detail["message"]))
