"""The README's configuration table names every setting, and only settings that exist."""

from __future__ import annotations

import re
from pathlib import Path

from winterarc.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def _table_names() -> set[str]:
    return set(re.findall(r"^\| `WINTERARC_([A-Z0-9_]+)` \|", README.read_text(), re.MULTILINE))


def test_every_setting_is_in_the_readme_configuration_table() -> None:
    # Variables read outside Settings, each by the code that needs it.
    direct = {
        name
        for name in ("LAB_RUNTIME", "SECRETS_DIR")
        if any(f"WINTERARC_{name}" in p.read_text() for p in (ROOT / "src").rglob("*.py"))
    }
    settings = {name.upper() for name in Settings.model_fields} | direct
    table = _table_names()
    assert sorted(settings - table) == [], "settings missing from README's configuration table"
    assert sorted(table - settings) == [], "README's table names settings that do not exist"
