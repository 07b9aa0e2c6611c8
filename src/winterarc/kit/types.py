"""Value types every domain shares, validated at the edge (request bodies, paths, queries)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path
from pydantic import StringConstraints

# Lowercase words joined by single hyphens: problem slugs, roadmap and quiz ids, labels.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Slug = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=SLUG_PATTERN)]
Label = Annotated[str, StringConstraints(min_length=1, max_length=48, pattern=SLUG_PATTERN)]
SlugPath = Annotated[Slug, Path()]  # a slug or id in a route's path
# An integer primary key in a route's path. PostgreSQL's INTEGER stops at 2**31 - 1: a larger
# id must be a 422 here, not an out-of-range error (a 500) from the database.
ROW_ID_MAX = 2**31 - 1
RowIdPath = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]
