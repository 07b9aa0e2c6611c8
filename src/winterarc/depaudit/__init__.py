"""Offline dependency audit: the locked packages against a committed OSV advisory snapshot.

CI reaches only the package registries, so the advisories live in the repository
(`security/osv/`) and `scripts/audit-deps --refresh` rebuilds them (docs/operations.md).
Nothing here imports the rest of Winter Arc.
"""
