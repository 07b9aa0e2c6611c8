from sample_sheet import SAMPLE_ROWS, SHEET_COLUMNS, build, expected, rebuild, tables


def test_sample_every_sheet_column_is_kept(lab):
    db = build(lab, SAMPLE_ROWS, migrate=False)
    found = tables(db)
    assert len(found) >= 2, "one big table is the spreadsheet again: split it into tables"
    columns = {column for table in found.values() for column in table["columns"]}
    missing = set(SHEET_COLUMNS) - columns
    extra = columns - set(SHEET_COLUMNS)
    assert not missing, f"no table has the sheet's column(s) {sorted(missing)}: data would be lost"
    assert not extra, (
        f"column(s) {sorted(extra)} are not in the sheet: keep the sheet's column names "
        "(the checks rebuild the sheet with NATURAL JOIN)"
    )


def test_sample_migration_rebuilds_the_sheet(lab):
    db = build(lab, SAMPLE_ROWS)
    found = tables(db)
    rows = rebuild(db, list(found))
    assert rows == expected(SAMPLE_ROWS), (
        "joining your tables (NATURAL JOIN) does not give back the sheet's rows: a row was "
        "lost, duplicated or invented by the migration, or a value changed type"
    )
