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
