from conftest import (
    NEW_INSERT, NEW_READ, NEW_UPDATE, OLD_INSERT, OLD_READ, OLD_UPDATE, columns, migrated, run,
)

V1, V2 = "version 1 (city)", "version 2 (destination_city)"


def test_old_version_still_works_after_expand(lab):
    """After expand.sql, version 1's inserts, updates and reads still work."""
    database = migrated(lab, "expand.sql")
    run(database, V1, OLD_INSERT, "TRK-5001", "created", "Bergen")
    run(database, V1, OLD_UPDATE, "Turku", "TRK-2040")
    assert run(database, V1, OLD_READ, "TRK-5001") == [("Bergen",)]
    assert run(database, V1, OLD_READ, "TRK-2040") == [("Turku",)]


def test_new_version_works_after_expand(lab):
    """After expand.sql, version 2's inserts, updates and reads work."""
    database = migrated(lab, "expand.sql")
    run(database, V2, NEW_INSERT, "TRK-5002", "created", "Tartu")
    run(database, V2, NEW_UPDATE, "Vigo", "TRK-1001")
    assert run(database, V2, NEW_READ, "TRK-5002") == [("Tartu",)]
    assert run(database, V2, NEW_READ, "TRK-1001") == [("Vigo",)]


def test_existing_rows_are_backfilled(lab):
    """Every row that existed before has destination_city = city (NULL stays NULL)."""
    database = migrated(lab, "expand.sql")
    for code, city in (("TRK-1001", "Lyon"), ("TRK-1002", "Porto"), ("TRK-2040", "Gdansk"), ("TRK-3000", None)):
        assert run(database, V2, NEW_READ, code) == [(city,)], (
            f"{code}: version 2 reads destination_city {run(database, V2, NEW_READ, code)}, "
            f"expected {city!r}: copy the existing data (UPDATE ... SET destination_city = city) "
            "or version 2 shows every old shipment without a city"
        )


def test_old_writes_reach_the_new_column(lab):
    """A shipment inserted or updated by version 1 reads the same in version 2."""
    database = migrated(lab, "expand.sql")
    run(database, V1, OLD_INSERT, "TRK-6001", "created", "Aarhus")
    run(database, V1, OLD_UPDATE, "Malmo", "TRK-1002")
    for code, city in (("TRK-6001", "Aarhus"), ("TRK-1002", "Malmo")):
        assert run(database, V2, NEW_READ, code) == [(city,)], (
            f"{V1} wrote city {city!r} for {code}, {V2} reads "
            f"{run(database, V2, NEW_READ, code)}: during the rolling deployment both versions "
            "serve requests, so keep the columns in sync (triggers on INSERT and UPDATE)"
        )


def test_new_writes_reach_the_old_column(lab):
    """A shipment inserted or updated by version 2 reads the same in version 1."""
    database = migrated(lab, "expand.sql")
    run(database, V2, NEW_INSERT, "TRK-6002", "created", "Krakow")
    run(database, V2, NEW_UPDATE, "Ghent", "TRK-2040")
    for code, city in (("TRK-6002", "Krakow"), ("TRK-2040", "Ghent")):
        assert run(database, V1, OLD_READ, code) == [(city,)], (
            f"{V2} wrote destination_city {city!r} for {code}, {V1} reads "
            f"{run(database, V1, OLD_READ, code)}: the sync goes both ways, since version 1 "
            "still serves requests (and is what you roll back to)"
        )


def test_contract_keeps_every_row_and_value(lab):
    """Rows written before and during the transition survive contract.sql, values intact."""
    database = migrated(lab, "expand.sql")
    run(database, V1, OLD_INSERT, "TRK-7001", "created", "Lille")
    run(database, V2, NEW_INSERT, "TRK-7002", "created", "Graz")
    run(database, V1, OLD_UPDATE, "Nantes", "TRK-1001")
    try:
        database.executescript(lab.files["contract.sql"])
    except Exception as error:  # sqlite3.Error
        raise AssertionError(f"contract.sql failed: {error}") from None
    found = database.execute(
        "SELECT code, status, destination_city FROM shipments ORDER BY code"
    ).fetchall()
    assert found == [
        ("TRK-1001", "in_transit", "Nantes"),
        ("TRK-1002", "delivered", "Porto"),
        ("TRK-2040", "at_depot", "Gdansk"),
        ("TRK-3000", "created", None),
        ("TRK-7001", "created", "Lille"),
        ("TRK-7002", "created", "Graz"),
    ], f"after contract.sql the shipments are {found}"


def test_contract_removes_the_sync_triggers(lab):
    """After contract.sql no trigger is left, and version 2 still inserts and updates."""
    database = migrated(lab, "expand.sql", "contract.sql")
    triggers = [row[0] for row in database.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    assert not triggers, f"triggers left after contract.sql: {triggers}: drop them with the old column"
    run(database, V2, NEW_INSERT, "TRK-8001", "created", "Split")
    run(database, V2, NEW_UPDATE, "Zadar", "TRK-8001")
    assert run(database, V2, NEW_READ, "TRK-8001") == [("Zadar",)]
    assert "city" not in columns(database)
