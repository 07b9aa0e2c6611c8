from sample_privileges import load


def test_sample_roles_and_memberships(lab):
    db = load(lab)
    for name, login in (("app_rw", False), ("reporting", False), ("shop_app", True),
                        ("alice_analyst", True)):  # fmt: skip
        assert name in db.roles, f"create the role {name}"
        assert db.roles[name]["login"] is login, f"{name} is {'LOGIN' if login else 'NOLOGIN'}"
    assert db.member_of("shop_app", "app_rw"), "shop_app is a member of app_rw"
    assert db.member_of("alice_analyst", "reporting"), "alice_analyst is a member of reporting"


def test_sample_app_places_an_order(lab):
    db = load(lab)
    for table, privilege in (("orders", "insert"), ("order_lines", "insert"),
                             ("customers", "select"), ("products", "select"),
                             ("orders", "update")):  # fmt: skip
        assert db.can_use_table("shop_app", table, privilege), (
            f"shop_app cannot {privilege.upper()} shop.{table} (it needs CONNECT on the database, "
            "USAGE on the schema and the privilege on the table)"
        )
    assert db.can_use_sequence("shop_app", "orders_id_seq"), (
        "shop_app cannot take the next order id from shop.orders_id_seq (USAGE on the sequence)"
    )
