from conftest import intact


def test_backup_while_orders_keep_coming(drill):
    """A backup taken during traffic is one consistent snapshot with every earlier commit."""
    drill.shop("start_traffic", drill.live)
    before = drill.shop("committed", drill.live)
    path = drill.backup()
    after = drill.shop("committed", drill.live)
    drill.shop("stop_traffic", drill.live)
    found = drill.summary(path)
    intact(found, "the backup taken during traffic")
    assert before <= found["orders"] <= after, (
        f"the backup holds {found['orders']} orders; {before} were committed before backup() "
        f"was called and {after} when it returned"
    )


def test_backup_replaces_an_older_backup(drill):
    """backup() to an existing backup file replaces it with the current state."""
    path = drill.backup()
    drill.shop("add_orders", drill.live, 25)
    drill.backup()
    found = drill.summary(path)
    intact(found, "the second backup")
    assert found["orders"] == 225, f"the second backup holds {found['orders']} orders, not 225"


def test_verify_refuses_a_corrupted_backup(drill):
    """verify() is False for a backup whose pages were damaged."""
    path = drill.backup()
    drill.shop("corrupt", path)
    assert drill.verify(path) is False, "a backup with damaged pages passed verify()"


def test_verify_refuses_a_truncated_or_foreign_file(drill):
    """verify() is False, without raising, for a truncated file, a text file, a missing file."""
    path = drill.backup()
    drill.shop("truncate", path)
    assert drill.verify(path) is False, "a backup cut in half passed verify()"
    other = drill.path("report.txt")
    drill.shop("not_a_database", other)
    assert drill.verify(other) is False, "a text file passed verify()"
    assert drill.verify(drill.path("never-written.db")) is False, "a missing file passed verify()"


def test_verify_refuses_a_backup_that_breaks_the_rules(drill):
    """verify() is False for an intact file with orphan order lines or a wrong stock."""
    for how in ("orphans", "stock"):
        path = drill.backup(f"{how}.db")
        drill.shop("break_rules", path, how)
        assert drill.verify(path) is False, (
            f"a backup with {'order lines of a deleted order' if how == 'orphans' else 'a stock that does not match its orders'} "
            "passed verify(): integrity_check only checks the file's structure, not your data"
        )


def test_restore_brings_back_the_backup(drill):
    """After restore(), everyone sees the backup: new connections and the app's open one."""
    path = drill.backup()
    drill.shop("add_orders", drill.live, 30)
    assert drill.shop("committed", drill.live) == 230
    drill.restore(path)
    found = drill.summary(drill.live)
    intact(found, "the restored database")
    assert found["orders"] == 200, (
        f"after the restore a new connection sees {found['orders']} orders, not the backup's 200: "
        "a file copied over a WAL database is overlaid by the old WAL"
    )
    assert drill.shop("app_view", drill.live) == 200, (
        "the app server's open connection does not see the restored database"
    )


def test_restore_refuses_a_bad_backup(drill):
    """restore() of a backup that fails verify() raises ValueError and changes nothing."""
    path = drill.backup()
    drill.shop("add_orders", drill.live, 10)
    drill.shop("corrupt", path)
    with drill.learner.raises("ValueError"):
        drill.restore(path)
    found = drill.summary(drill.live)
    intact(found, "the live database")
    assert found["orders"] == 210, "the live database changed though the restore was refused"


def test_shop_keeps_working_after_a_restore(drill):
    """After a restore the shop takes new orders, and a new backup of it verifies."""
    path = drill.backup()
    drill.shop("add_orders", drill.live, 15)
    drill.restore(path)
    drill.shop("add_orders", drill.live, 5)
    assert drill.shop("committed", drill.live) == 205
    second = drill.backup("after-restore.db")
    assert drill.verify(second) is True
    assert drill.summary(second)["orders"] == 205
