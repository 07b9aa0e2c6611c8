from sample_privileges import TABLES, load

NEW_ROLE_FLAGS = ("superuser", "createdb", "createrole", "replication", "bypassrls")


def granted(db, role, table):
    return sorted(p for p in ("select", "insert", "update", "delete", "truncate")
                  if db.can_use_table(role, table, p))  # fmt: skip


def test_app_deletes_nothing(lab):
    """shop_app can DELETE or TRUNCATE no table."""
    db = load(lab)
    found = [f"{p.upper()} shop.{t}" for t in TABLES for p in ("delete", "truncate")
             if db.can_use_table("shop_app", t, p)]  # fmt: skip
    assert not found, (
        f"shop_app can {', '.join(found)}: the app never deletes, so a bug or an injection in it "
        "must not be able to (GRANT ALL is never least privilege)"
    )


def test_audit_log_is_append_only_for_the_app(lab):
    """shop_app can INSERT into shop.audit_log and not read, change or delete it."""
    db = load(lab)
    assert granted(db, "shop_app", "audit_log") == ["insert"], (
        f"shop_app can {granted(db, 'shop_app', 'audit_log')} on shop.audit_log: an attacker in "
        "the app must not be able to read or rewrite the trail of what they did"
    )


def test_app_cannot_change_prices_or_the_schema(lab):
    """shop_app only reads products, and creates nothing in the schema or the database."""
    db = load(lab)
    assert granted(db, "shop_app", "products") == ["select"]
    assert not db.has("shop_app", "schema", "shop", "create"), "CREATE on schema shop"
    assert not db.has("shop_app", "database", "shop", "create"), "CREATE on database shop"
    assert not db.has("shop_app", "database", "shop", "temporary"), "TEMPORARY on database shop"
    assert granted(db, "shop_app", "customers") == ["insert", "select", "update"]


def test_analyst_reads_all_but_customer_secrets(lab):
    """alice_analyst reads every table, but of customers only id, name and created_at."""
    db = load(lab)
    for table in ("products", "orders", "order_lines", "audit_log"):
        assert granted(db, "alice_analyst", table) == ["select"], f"{table}: SELECT only"
    assert db.can_use_table("alice_analyst", "customers", "select", ["id", "name", "created_at"])
    for column in ("email", "password_hash"):
        assert not db.can_use_table("alice_analyst", "customers", "select", [column]), (
            f"alice_analyst can read customers.{column}: grant SELECT on the columns reporting "
            "needs, not on the table"
        )
    assert not db.can_use_table("alice_analyst", "customers", "update", ["name"])


def test_strangers_get_nothing(lab):
    """A role created later with no grants cannot connect, use or create in schema shop."""
    db = load(lab)
    db.roles["intern"] = dict(db.roles["shop_app"], login=True)
    db.members.pop("intern", None)
    assert not db.has("intern", "database", "shop", "connect"), (
        "a brand-new role can connect to shop: PUBLIC (every role) has CONNECT by default"
    )
    assert not db.has("intern", "schema", "shop", "usage"), "USAGE on schema shop via PUBLIC"
    assert not db.has("intern", "schema", "shop", "create"), "CREATE on schema shop via PUBLIC"


def test_migrator_still_connects_and_creates(lab):
    """migrator, which runs the migrations, can still connect and create in schema shop."""
    db = load(lab)
    assert db.has("migrator", "database", "shop", "connect"), (
        "migrator can no longer connect: it had CONNECT only through PUBLIC, and the next "
        "deploy's migrations would fail"
    )
    assert db.has("migrator", "schema", "shop", "create")


def test_no_admin_powers_and_grants_go_to_groups(lab):
    """New roles have no admin attributes; table privileges go to app_rw and reporting only."""
    db = load(lab)
    for name in ("app_rw", "reporting", "shop_app", "alice_analyst"):
        assert name in db.roles, f"create the role {name}"
        powers = [flag.upper() for flag in NEW_ROLE_FLAGS if db.roles[name][flag]]
        assert not powers, f"{name} is {', '.join(powers)}"
    direct = sorted({grantee for (kind, _, grantee), privileges in db.grants.items()
                     if kind == "table" and privileges and grantee in ("shop_app", "alice_analyst")}
                    | {grantee for (_, _, grantee), privileges in db.column_grants.items()
                       if privileges and grantee in ("shop_app", "alice_analyst")})  # fmt: skip
    assert not direct, f"table privileges granted directly to {direct}: grant them to the groups"


def test_tables_created_later_follow_the_rules(lab):
    """A table and sequence migrator creates after the script: app_rw and reporting get theirs."""
    db = load(lab)
    db.add_object("table", "shop.refunds", "migrator", ["id", "order_id", "amount"])
    db.add_object("sequence", "shop.refunds_id_seq", "migrator")
    assert granted(db, "shop_app", "refunds") == ["insert", "select", "update"], (
        f"shop_app can {granted(db, 'shop_app', 'refunds')} on a table migrator created later: "
        "GRANT ... ON ALL TABLES covers today's tables only; ALTER DEFAULT PRIVILEGES FOR ROLE "
        "migrator covers the ones it creates next"
    )
    assert db.can_use_sequence("shop_app", "refunds_id_seq")
    assert granted(db, "alice_analyst", "refunds") == ["select"]
