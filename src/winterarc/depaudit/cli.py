"""`scripts/audit-deps`: audit the locks offline, or `--refresh` the snapshot from OSV data."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from winterarc.depaudit import allowlist, snapshot
from winterarc.depaudit.locks import DEFAULT_LOCKS, Locked, LockError, read_lock
from winterarc.depaudit.report import audit, render

ROOT = Path(__file__).resolve().parents[3]


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(
        prog="audit-deps",
        description="Audit the lock files against the committed OSV advisory snapshot, offline.",
    )
    cli.add_argument("--root", type=Path, default=ROOT, help="the checkout (default: this one)")
    cli.add_argument(
        "--lock",
        action="append",
        type=Path,
        help="a lock to audit (uv.lock, package-lock.json or a requirements lock); "
        f"repeatable; default: {', '.join(DEFAULT_LOCKS)}",
    )
    cli.add_argument("--snapshot", type=Path, help="default: ROOT/security/osv")
    cli.add_argument("--allow", type=Path, help="default: ROOT/security/audit-allow.toml")
    cli.add_argument(
        "--refresh",
        nargs="+",
        type=Path,
        metavar="SOURCE",
        help="rebuild the snapshot from OSV data instead of auditing: osv.dev's "
        "<ecosystem>/all.zip, or checkouts of pypa/advisory-database or github/advisory-database",
    )
    cli.add_argument("--source-label", help="how snapshot.json names the refresh's source")
    return cli


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    root: Path = args.root
    locks = args.lock or [root / name for name in DEFAULT_LOCKS]
    osv_dir = args.snapshot or root / "security" / "osv"
    try:
        locked: list[Locked] = []
        for path in locks:
            label = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
            locked += read_lock(path, label)
        if args.refresh:
            counts = snapshot.refresh(osv_dir, args.refresh, locked, args.source_label)
            for ecosystem, count in counts.items():
                print(f"{ecosystem}: {count} advisories for our locked packages in {osv_dir}")
            return 0
        snap = snapshot.load(osv_dir)
        allowed = allowlist.load(args.allow or root / "security" / "audit-allow.toml")
    except (LockError, snapshot.SnapshotError, allowlist.AllowListError) as error:
        print(f"audit-deps: {error}", file=sys.stderr)
        return 2
    today = datetime.now(UTC).date()
    report = audit(locked, snap, allowed, today)
    for line in render(report, snap, today):
        print(line)
    return 1 if report.failed else 0


def run() -> None:
    sys.exit(main())
