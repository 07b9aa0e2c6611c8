from bigger_sheet import bigger_rows, price_change_rows
from sample_sheet import SAMPLE_ROWS, build, expected, rebuild, tables, violations


def test_every_table_has_a_primary_key(lab):
    """Every table declares a PRIMARY KEY."""
    found = tables(build(lab, SAMPLE_ROWS, migrate=False))
    keyless = [name for name, table in found.items() if not table["pk"]]
    assert not keyless, f"table(s) {keyless} have no PRIMARY KEY: nothing stops duplicate rows"


def test_no_partial_dependencies(lab):
    """2NF: no column depends on only part of its table's key."""
    found = tables(build(lab, SAMPLE_ROWS, migrate=False))
    problems = [
        f"in {name}, {column} depends on {'+'.join(left)} alone, part of the key "
        f"({'+'.join(sorted(table['pk']))}): move it to a table keyed by {'+'.join(left)}"
        for name, table in found.items()
        for left, column, kind in violations(table)
        if kind == "partial"
    ]
    assert not problems, "; ".join(problems)


def test_no_transitive_dependencies(lab):
    """3NF: no column depends on a column that is not a key of its table."""
    found = tables(build(lab, SAMPLE_ROWS, migrate=False))
    problems = [
        f"in {name}, {column} depends on {'+'.join(left)}, which is not a key of {name}: "
        f"each {'+'.join(left)} would repeat its {column} on every row"
        for name, table in found.items()
        for left, column, kind in violations(table)
        if kind == "transitive"
    ]
    assert not problems, "; ".join(problems)


def test_tables_are_linked_by_foreign_keys(lab):
    """A column that holds another table's key is a FOREIGN KEY to that table."""
    found = tables(build(lab, SAMPLE_ROWS, migrate=False))
    missing = []
    for name, table in found.items():
        for other, target in found.items():
            key = target["pk"]
            if other == name or not key or key == table["pk"]:
                continue
            if key <= set(table["columns"]) and (other, key) not in table["fks"]:
                missing.append(f"{name}({', '.join(sorted(key))}) -> {other}")
    assert not missing, (
        "declare these foreign keys, so the database refuses rows that point nowhere: "
        + "; ".join(missing)
    )


def test_a_book_can_exist_without_orders(lab):
    """Insertion anomaly: a new book can be stored before anyone orders it."""
    db = build(lab, SAMPLE_ROWS)
    home = [name for name, table in tables(db).items() if "title" in table["columns"]]
    assert len(home) == 1, f"title is stored in {home}: one table should hold each book's title"
    try:
        db.execute(
            f'INSERT INTO "{home[0]}" (isbn, title, list_price) '
            "VALUES ('9780134685991', 'Effective Java', 44.0)"
        )
    except Exception as error:  # noqa: BLE001 - any refusal is the anomaly
        raise AssertionError(
            f"adding a book with only its isbn, title and list_price to {home[0]} failed "
            f"({error}): a book should not need an order to exist"
        ) from None


def test_renaming_a_customer_updates_one_row(lab):
    """Update anomaly: a customer's name is stored once (Ada has two orders)."""
    db = build(lab, SAMPLE_ROWS)
    home = [name for name, table in tables(db).items() if "customer_name" in table["columns"]]
    assert len(home) == 1, f"customer_name is stored in {home}: store it in one table"
    changed = db.execute(
        f"UPDATE \"{home[0]}\" SET customer_name = 'Ada King' "
        "WHERE customer_email = 'ada@example.com'"
    ).rowcount
    assert changed == 1, (
        f"renaming Ada changed {changed} rows of {home[0]}: her name is repeated, so one missed "
        "row would leave two names for one customer"
    )


def test_last_order_deleted_keeps_the_customer(lab):
    """Deletion anomaly: deleting Alan's only order does not forget Alan or his city."""
    db = build(lab, SAMPLE_ROWS)
    found = tables(db)
    holders = [name for name, table in found.items() if "order_id" in table["columns"]]
    # Children (order lines, with the bigger keys) before their parents.
    for name in sorted(holders, key=lambda name: -len(found[name]["pk"])):
        db.execute(f'DELETE FROM "{name}" WHERE order_id = 1002')
    for column, value in (("customer_name", "Alan Turing"), ("city", "Manchester")):
        home = [name for name, table in found.items() if column in table["columns"]]
        assert home, f"no table holds {column}"
        count = db.execute(f'SELECT count(*) FROM "{home[0]}" WHERE {column} = ?', (value,))
        assert count.fetchone()[0] == 1, (
            f"after deleting order 1002, {value!r} is gone from {home[0]}: deleting an order "
            "should not delete what we know about the customer"
        )


def test_prices_that_changed_between_orders(lab):
    """A book sold at different prices in different orders migrates and rebuilds."""
    rows = price_change_rows()
    db = build(lab, rows)
    assert rebuild(db, list(tables(db))) == expected(rows), (
        "the same book was sold at 95.00, 85.50 and 76.00: the price paid belongs to the order "
        "line, the list price to the book"
    )


def test_bigger_sheet_migrates_each_fact_once(lab):
    """A 30-order sheet: the tables hold each fact once and rebuild the sheet exactly."""
    rows = bigger_rows()
    db = build(lab, rows)
    found = tables(db)
    assert rebuild(db, list(found)) == expected(rows), "the tables do not rebuild the sheet"
    for name, table in found.items():
        assert table["pk"], f"{name} has no primary key"
        key = ", ".join(sorted(table["pk"]))
        count = db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        distinct = db.execute(
            f"SELECT count(*) FROM (SELECT DISTINCT {key} FROM sales_sheet)"
        ).fetchone()[0]
        assert count == distinct, (
            f"{name} has {count} rows for {distinct} distinct ({key}) in the sheet"
        )
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
