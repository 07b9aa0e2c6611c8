"""The editorial page drops the file's own title line: the page's heading says it once."""

from __future__ import annotations

import pytest

from winterarc.catalogue.pages import editorial_body

TITLE = "The Bakery's Best Stretch"


@pytest.mark.parametrize(
    "first", [f"# Editorial: {TITLE}", "# Editorial", f"# {TITLE}", "\n# Editorial: Old title"]
)
def test_a_leading_title_line_is_dropped(first: str) -> None:
    assert editorial_body(f"{first}\n\n## Idea\n\nSlide.\n", TITLE) == "## Idea\n\nSlide.\n"


@pytest.mark.parametrize(
    "text", ["## Idea\n\nSlide.\n", "# Sliding windows in general\n\nText.\n", "Plain text.\n", ""]
)
def test_other_editorials_are_kept_whole(text: str) -> None:
    assert editorial_body(text, TITLE) == text
