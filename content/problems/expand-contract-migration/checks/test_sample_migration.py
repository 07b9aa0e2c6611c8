from conftest import columns, migrated


def test_sample_expand_keeps_both_columns(lab):
    database = migrated(lab, "expand.sql")
    found = columns(database)
    assert "city" in found, (
        "after expand.sql, version 1 still runs and still uses city: do not rename or drop it yet"
    )
    assert "destination_city" in found, "expand.sql adds the column destination_city"


def test_sample_contract_leaves_only_the_new_column(lab):
    database = migrated(lab, "expand.sql", "contract.sql")
    assert columns(database) == ["id", "code", "status", "destination_city"], (
        "after contract.sql the table is id, code, status, destination_city"
    )
