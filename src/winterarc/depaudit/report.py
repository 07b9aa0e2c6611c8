"""The audit itself: every locked package against the snapshot, less the accepted findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from winterarc.depaudit.allowlist import Allowed
from winterarc.depaudit.locks import Locked
from winterarc.depaudit.osv import Match, match
from winterarc.depaudit.snapshot import Snapshot
from winterarc.depaudit.versions import BadVersion, normalize_name, parse

# Past this age the snapshot only warns: CI cannot refresh it, a person with a network can.
MAX_AGE_DAYS = 90


@dataclass(frozen=True)
class Finding:
    package: Locked
    match: Match

    def line(self) -> str:
        p, m = self.package, self.match
        aliases = f" ({', '.join(m.aliases)})" if m.aliases else ""
        fix = f"fixed in {m.fixed}" if m.fixed else "no fixed version"
        return f"{p.name} {p.version} [{p.ecosystem}, {p.lock}]: {m.advisory_id}{aliases}, {fix}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    accepted: list[tuple[Finding, Allowed]] = field(default_factory=list)
    expired: list[Allowed] = field(default_factory=list)
    unused: list[Allowed] = field(default_factory=list)
    uncovered: list[Locked] = field(default_factory=list)
    unreadable: list[Locked] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    audited: int = 0
    advisories: int = 0

    @property
    def failed(self) -> bool:
        return bool(self.findings or self.expired)


def audit(
    locked: Iterable[Locked], snapshot: Snapshot, allowed: list[Allowed], today: date
) -> Report:
    report = Report()
    used: set[int] = set()
    live = [a for a in allowed if a.expires >= today]
    seen: set[tuple[str, str, str]] = set()
    for package in locked:
        key = normalize_name(package.ecosystem, package.name)
        # The same pin in two locks is audited (and reported) once, under the first lock.
        if (package.ecosystem, key, package.version) in seen:
            continue
        seen.add((package.ecosystem, key, package.version))
        report.audited += 1
        try:
            parse(package.ecosystem, package.version)
        except BadVersion:
            # No advisory could match it: say so rather than pass it silently.
            report.unreadable.append(package)
            continue
        section = snapshot.sections.get(package.ecosystem)
        if section is None or key not in section.packages:
            report.uncovered.append(package)
        for advisory in snapshot.advisories_for(package.ecosystem):
            hit = match(advisory, package.ecosystem, package.name, package.version)
            if hit is None:
                continue
            finding = Finding(package, hit)
            # An expired acceptance no longer accepts: the finding shows again beside it.
            entry = next((a for a in live if a.covers(package.ecosystem, key, hit)), None)
            if entry is None:
                report.findings.append(finding)
            else:
                used.add(id(entry))
                report.accepted.append((finding, entry))
    report.expired = [a for a in allowed if a.expires < today]
    report.unused = [a for a in live if id(a) not in used]
    report.advisories = sum(len(s.advisories) for s in snapshot.sections.values())
    for ecosystem, section in sorted(snapshot.sections.items()):
        age = (today - section.data_date).days
        if age > MAX_AGE_DAYS:
            report.stale.append(
                f"the {ecosystem} advisories are {age} days old (data up to "
                f"{section.data_date}, from {section.source}); refresh them "
                "(docs/operations.md, 'Dependency audit')"
            )
    return report


def render(report: Report, snapshot: Snapshot, today: date) -> list[str]:
    """The lines `scripts/audit-deps` prints: findings first, then warnings, then a summary."""
    lines = [f"VULNERABLE {f.line()}" for f in report.findings]
    lines += [
        f"EXPIRED allow-list entry {a.id} for {a.package} (expired {a.expires}): {a.reason}"
        for a in report.expired
    ]
    lines += [f"accepted {f.line()}: {a.reason} (until {a.expires})" for f, a in report.accepted]
    lines += [f"warning: {text}" for text in report.stale]
    lines += [
        f"warning: allow-list entry {a.id} for {a.package} matches no finding; remove it"
        for a in report.unused
    ]
    lines += [
        f"warning: {p.name} {p.version} [{p.ecosystem}, {p.lock}]: not a version the audit can "
        "compare, so it is not audited"
        for p in report.unreadable
    ]
    for ecosystem in sorted({p.ecosystem for p in report.uncovered}):
        names = sorted({p.name for p in report.uncovered if p.ecosystem == ecosystem})
        if ecosystem not in snapshot.sections:
            lines.append(
                f"warning: the snapshot has no {ecosystem} advisories: {len(names)} locked "
                f"{ecosystem} packages are not audited; refresh it with {ecosystem}'s all.zip"
            )
        else:
            lines.append(
                f"warning: not in the {ecosystem} snapshot (refresh it): {', '.join(names)}"
            )
    ages = ", ".join(
        f"{e} data of {s.data_date} ({(today - s.data_date).days} days old)"
        for e, s in sorted(snapshot.sections.items())
    )
    verdict = "FAILED" if report.failed else "ok"
    lines.append(
        f"audit-deps {verdict}: {report.audited} locked "
        f"{'package' if report.audited == 1 else 'packages'}, {report.advisories} "
        f"advisories ({ages}); {len(report.findings)} vulnerable, "
        f"{len(report.accepted)} accepted, {len(report.expired)} expired acceptances"
    )
    return lines
