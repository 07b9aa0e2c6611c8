"""`winterarc problems`, `show`, `fetch`, `daily` and `progress`."""

from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from winterarc.client.errors import USAGE, ClientError
from winterarc.client.http import Api
from winterarc.client.parsing import Commands, json_flag, server_option
from winterarc.client.render import Output, percent
from winterarc.client.workspace import META_DIR, Workspace, unpack

DIFFICULTIES = ("easy", "medium", "hard")
STATUSES = ("solved", "attempted", "new")


def register(commands: Commands) -> None:
    parser = commands.add("problems", problems, "The problems on the server; filters combine.")
    parser.add_argument(
        "-d", "--difficulty", action="append", choices=DIFFICULTIES, help="any of (repeatable)"
    )
    parser.add_argument("-t", "--tag", action="append", help="all of (repeatable)")
    parser.add_argument("--pattern", action="append", help="all of (repeatable)")
    parser.add_argument("-q", "--search", help="text in the title")
    parser.add_argument("--status", choices=STATUSES, help="your status (needs a login)")
    parser.add_argument("--topic", help="a roadmap topic id")
    parser.add_argument("--week", help="a roadmap week id")
    parser.add_argument(
        "--sort",
        help="roadmap (default), id, slug, title, difficulty, created, acceptance or solvers; "
        "'-' first reverses",
    )
    parser.add_argument("--page", type=_positive, default=1, help="page number (default 1)")
    parser.add_argument(
        "--page-size", type=_positive, default=50, help="per page (default 50, at most 100)"
    )
    server_option(parser)
    json_flag(parser)

    parser = commands.add("show", show, "A problem's statement and limits, in the terminal.")
    parser.add_argument("slug", help="the problem's slug")
    server_option(parser)
    json_flag(parser)

    parser = commands.add(
        "fetch",
        fetch,
        "A folder with the statement, samples and starter (a lab: its files and visible checks).",
        "Your solution files are kept when you fetch again, unless --force.",
    )
    parser.add_argument("slug", help="the problem's slug")
    parser.add_argument("--dir", type=Path, dest="directory", help="where (default: ./SLUG)")
    parser.add_argument("--force", action="store_true", help="replace your files with the starter")
    server_option(parser)
    json_flag(parser)

    parser = commands.add("daily", daily, "Today's drill, on a server that offers one.")
    server_option(parser)
    json_flag(parser)
    parser = commands.add("progress", progress, "Your solved problems and the roadmap, by week.")
    server_option(parser)
    json_flag(parser)


def problems(args: argparse.Namespace) -> int:
    out = Output(args.json)
    api = Api.connect(args.server, login=args.status is not None)
    listing = api.get(
        "/problems",
        difficulty=args.difficulty,
        tag=args.tag,
        pattern=args.pattern,
        q=args.search,
        status=args.status,
        topic=args.topic,
        week=args.week,
        sort=args.sort,
        page=args.page,
        page_size=args.page_size,
    )
    if out.json_mode:
        out.json(listing)
        return 0
    logged_in = api.credentials is not None
    columns = ["slug", "title", "difficulty", "type", *(["status"] if logged_in else [])]
    rows = [
        [
            item["slug"],
            item["title"],
            item["difficulty"],
            item["type"],
            *([item.get("status") or "new"] if logged_in else []),
        ]
        for item in listing["items"]
    ]
    out.table(columns, rows, title=f"Problems ({listing['total']})")
    pages = max(1, -(-listing["total"] // listing["page_size"]))
    if out.terminal and pages > 1:
        out.note(f"page {listing['page']} of {pages}: --page N for more")
    return 0


def show(args: argparse.Namespace) -> int:
    out = Output(args.json)
    problem = Api.connect(args.server, login=False).get(f"/problems/{_slug(args.slug)}")
    if out.json_mode:
        out.json(problem)
        return 0
    limits = f"{problem['time_limit_ms']} ms, {problem['memory_limit_mb']} MB"
    heading = f"{problem['title']} ({problem['difficulty']}, {problem['type']}, {limits})"
    out.styled(
        f"[bold]{problem['title']}[/] ({problem['difficulty']}, {problem['type']}, {limits})",
        heading,
    )
    labels = [*problem.get("tags", []), *problem.get("patterns", [])]
    if labels:
        out.line("labels: " + ", ".join(labels))
    lab = problem.get("lab")
    if lab:
        out.line("files: " + ", ".join(lab.get("files", [])))
    out.line()
    out.markdown(problem["statement"])
    return 0


def fetch(args: argparse.Namespace) -> int:
    out = Output(args.json)
    slug = _slug(args.slug)
    root = (args.directory or Path(slug)).resolve()
    if root.exists() and not root.is_dir():
        raise ClientError(f"{root}: exists and is not a folder", USAGE)
    api = Api.connect(args.server, login=False)
    problem = api.get(f"/problems/{slug}")
    kit = api.download(f"/problems/{slug}/kit.zip")
    lab_zip = api.download(f"/problems/{slug}/lab.zip") if problem["type"] == "lab" else None
    root.mkdir(parents=True, exist_ok=True)
    (root / META_DIR).mkdir(exist_ok=True)
    workspace = Workspace(root=root, server=api.server, problem=slug, type=problem["type"])
    (root / META_DIR / "kit.zip").write_bytes(kit)
    (root / "statement.md").write_text(problem["statement"], encoding="utf-8")
    written = ["statement.md"]
    if lab_zip is not None:
        workspace.files = list((problem.get("lab") or {}).get("files") or _lab_files(kit))
        keep = frozenset() if args.force else frozenset(workspace.files)
        written += unpack(lab_zip, root, keep=keep)
    else:
        written += _write_samples(kit, root)
        workspace.solution = "solution.sql" if problem["type"] == "sql" else "solution.py"
        solution = root / workspace.solution
        if args.force or not solution.exists():
            solution.write_text(_starter(problem), encoding="utf-8")
            written.append(workspace.solution)
    workspace.save()
    if out.json_mode:
        out.json(
            {"problem": slug, "type": problem["type"], "folder": str(root), "written": written}
        )
        return 0
    mine = workspace.files if workspace.is_lab else [workspace.solution or ""]
    out.line(f"Fetched {slug} into {root}")
    out.line(f"Edit {', '.join(mine)}; then `winterarc test` (locally) and `winterarc submit`.")
    if workspace.is_lab:
        out.line("The visible checks also run with plain `pytest` there (see its README.md).")
    return 0


def daily(args: argparse.Namespace) -> int:
    out = Output(args.json)
    api = Api.connect(args.server)
    try:
        drill = api.get("/me/daily")
    except ClientError as error:
        if error.status == 404:  # a server from before the daily drill
            raise ClientError(f"{api.server} has no daily drill yet") from None
        raise
    if out.json_mode:
        out.json(drill)
        return 0
    items = drill.get("items") or []
    out.line(
        f"Today's drill for {drill.get('day')} ({drill.get('time_zone')}): "
        f"{drill.get('completed', 0)} of {len(items)} done"
    )
    rows = [
        [
            str(i.get("ref", "")),
            str(i.get("title", "")),
            str(i.get("status", "")),
            str(i.get("reason", "")),
        ]
        for i in items
    ]
    out.table(["item", "title", "status", "why"], rows)
    return 0


def progress(args: argparse.Namespace) -> int:
    out = Output(args.json)
    api = Api.connect(args.server)
    stats = api.get("/stats/me")
    roadmap = api.get("/roadmap")
    if out.json_mode:
        out.json({"stats": stats, "roadmap": roadmap})
        return 0
    out.line(
        f"solved {stats['solved']} problems, attempted {stats['attempted']}; "
        f"{stats['accepted']} of {stats['submissions']} submissions accepted"
        + ("" if stats.get("computed_at") else " (statistics not computed yet)")
    )
    rows = []
    for session in roadmap["sessions"]:
        for week in session["weeks"]:
            solved = sum(t["practice"]["problems_solved"] for t in week["topics"])
            total = sum(t["practice"]["problems_total"] for t in week["topics"])
            now = "<- now" if week["id"] == roadmap.get("current_week") else ""
            rows.append(
                [
                    week["label"],
                    week["title"],
                    percent(week["completion"]),
                    f"{solved}/{total}",
                    now,
                ]
            )
    out.table(
        ["week", "title", "done", "problems", ""], rows, title="Roadmap", right=("done", "problems")
    )
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def _slug(text: str) -> str:
    cleaned = text.strip().lower()
    if not cleaned or len(cleaned) > 64 or not all(c.isalnum() or c == "-" for c in cleaned):
        raise ClientError(f"{text!r} is not a problem slug (letters, digits and '-')", USAGE)
    return cleaned


def _write_samples(kit: bytes, root: Path) -> list[str]:
    """The kit's sample tests (and SQL schema) as plain files in samples/."""
    written = []
    with zipfile.ZipFile(io.BytesIO(kit)) as archive:
        for name in archive.namelist():
            parts = PurePosixPath(name).parts
            if len(parts) >= 2 and (parts[-2] == "tests" or parts[-1] == "schema.sql"):
                target = root / "samples" / parts[-1]
                target.parent.mkdir(exist_ok=True)
                target.write_bytes(archive.read(name))
                written.append(f"samples/{parts[-1]}")
    return written


def _lab_files(kit: bytes) -> list[str]:
    import tomllib

    with zipfile.ZipFile(io.BytesIO(kit)) as archive:
        manifest = next(n for n in archive.namelist() if n.endswith("/problem.toml"))
        table: dict[str, Any] = tomllib.loads(archive.read(manifest).decode()).get("lab") or {}
    return [str(name) for name in table.get("files", [])]


def _starter(problem: dict[str, Any]) -> str:
    from winterarc.problems.starter import starter_code

    return starter_code(problem["type"], problem["statement"])
