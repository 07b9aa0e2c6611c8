from conftest import intact

WAL = (
    "In WAL mode the newest commits live in shop.db-wal until a checkpoint (the shop runs them "
    "at night): a copy of shop.db misses them. Read the database through SQLite instead"
)


def test_sample_backup_holds_every_committed_order(drill):
    assert drill.shop("committed", drill.live) == 200
    found = drill.summary(drill.backup())
    assert "error" not in found, f"the backup cannot be read ({found.get('error')}). {WAL}"
    intact(found, "the backup")
    assert found["orders"] == 200, (
        f"the backup holds {found['orders']} of the 200 committed orders. {WAL}"
    )


def test_sample_verify_accepts_a_good_backup(drill):
    path = drill.backup()
    assert drill.verify(path) is True, "verify() should return True for a fresh, good backup"
