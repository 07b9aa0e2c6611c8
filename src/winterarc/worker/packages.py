"""Problem packages for the judge, loaded from `problem_packages` and kept by content hash."""

from __future__ import annotations

from collections import OrderedDict

import anyio.to_thread
from sqlalchemy.ext.asyncio import AsyncSession

from winterarc.judge import load_package_bytes
from winterarc.judge.packages import Package
from winterarc.submissions import repository

CACHED_PACKAGES = 64


class PackageCache:
    """Validated packages by content hash: a changed package has a new hash, so no staleness."""

    def __init__(self, size: int = CACHED_PACKAGES) -> None:
        self._size = size
        self._packages: OrderedDict[str, Package] = OrderedDict()

    async def get(
        self, session: AsyncSession, problem_id: int, package_hash: str | None
    ) -> Package | None:
        """The problem's package; None when it has none. Raises PackageError when invalid."""
        if package_hash is not None and package_hash in self._packages:
            self._packages.move_to_end(package_hash)
            return self._packages[package_hash]
        stored = await repository.package_archive(session, problem_id)
        if stored is None:
            return None
        content_hash, archive = stored
        package = await anyio.to_thread.run_sync(
            lambda: load_package_bytes(archive, filename=f"problem-{problem_id}.zip")
        )
        self._packages[content_hash] = package
        while len(self._packages) > self._size:
            self._packages.popitem(last=False)
        return package
