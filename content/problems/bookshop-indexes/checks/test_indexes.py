from sample_plans import PARAMETERS, QUERIES, build, explain, full_scans, partial_indexes, plan
from shop_data import fill
from winterarc_lab import sqlite

MAX_INDEXES = 6


def test_my_orders_come_sorted_from_the_index(lab):
    """My orders: no sort step; the index hands the rows over already in date order."""
    db = build(lab)
    lines = plan(db, "my_orders")
    assert not any("TEMP B-TREE" in line for line in lines), (
        f"{explain('my_orders', lines)}: the rows are sorted after they are read. With "
        "(customer_id, ordered_at) the index keeps one customer's orders in date order, so "
        "SQLite reads the newest 20 and stops"
    )
    assert not full_scans(db, lines), explain("my_orders", lines)


def test_name_search_uses_an_expression_index(lab):
    """find_by_name searches an index on lower(customer_name)."""
    db = build(lab)
    lines = plan(db, "find_by_name")
    assert not full_scans(db, lines), (
        f"{explain('find_by_name', lines)}: an index on customer_name cannot answer "
        "lower(customer_name) = ?; index the expression itself"
    )


def test_orders_to_ship_need_no_scan_or_sort(lab):
    """to_ship reads only paid orders, in date order, without sorting."""
    db = build(lab)
    lines = plan(db, "to_ship")
    assert not full_scans(db, lines), (
        f"{explain('to_ship', lines)}: walking every order (even in date order) to find the paid "
        "ones reads the whole table when few are paid"
    )
    assert not any("TEMP B-TREE" in line for line in lines), explain("to_ship", lines)


def test_price_range_is_answered_from_the_index(lab):
    """price_range is an index-only scan: USING COVERING INDEX."""
    db = build(lab)
    lines = plan(db, "price_range")
    assert not full_scans(db, lines), explain("price_range", lines)
    assert any("COVERING INDEX" in line for line in lines), (
        f"{explain('price_range', lines)}: the index finds the rows but each one is then read "
        "from the table for its isbn and title; put them in the index to answer from it alone"
    )
    assert not any("TEMP B-TREE" in line for line in lines), explain("price_range", lines)


def test_monthly_report_searches_by_date(lab):
    """month_sales finds the month's orders through an index on ordered_at."""
    db = build(lab)
    lines = plan(db, "month_sales")
    assert not full_scans(db, lines), (
        f"{explain('month_sales', lines)}: an index on (customer_id, ordered_at) does not help a "
        "date range alone; its first column must be the one the query constrains"
    )
    assert any("ordered_at>" in line for line in lines), explain("month_sales", lines)


def test_queries_give_the_same_answers(lab):
    """On a small shop, every query answers the same with and without your indexes."""
    plain = sqlite(lab.files["schema.sql"])
    fill(plain)
    indexed = build(lab)
    fill(indexed)
    for name, sql in QUERIES.items():
        mine = indexed.execute(sql, PARAMETERS).fetchall()
        expected = plain.execute(sql, PARAMETERS).fetchall()
        if "ORDER BY" not in sql:
            mine, expected = sorted(mine), sorted(expected)
        assert mine == expected, f"{name} answers differently with your indexes"
    assert len(plain.execute(QUERIES["my_orders"], PARAMETERS).fetchall()) > 3


def test_indexes_sql_only_creates_indexes(lab):
    """indexes.sql adds indexes and changes no table."""
    plain = sqlite(lab.files["schema.sql"])
    db = build(lab)
    tables = "SELECT name, sql FROM sqlite_master WHERE type <> 'index' ORDER BY name"
    assert db.execute(tables).fetchall() == plain.execute(tables).fetchall(), (
        "indexes.sql changed the tables: only add indexes (CREATE INDEX)"
    )


def index_columns(db, name):
    """The key columns of an index; an expression counts as its own (never equal to another)."""
    rows = db.execute("SELECT name FROM pragma_index_xinfo(?) WHERE key ORDER BY seqno", (name,))
    return [column if column is not None else f"<expression of {name}>" for (column,) in rows]


def test_no_redundant_or_extra_indexes(lab):
    """At most 6 indexes, and none is a leading part of another one."""
    db = build(lab)
    found = db.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    assert len(found) <= MAX_INDEXES, (
        f"{len(found)} indexes: every index is written on every INSERT and UPDATE; "
        f"the six queries need at most {MAX_INDEXES}"
    )
    partial = partial_indexes(db)
    columns = {name: index_columns(db, name) for name, _, _ in found}
    for name, table, _ in found:
        for other, other_table, _ in found:
            if other == name or table != other_table or name in partial or other in partial:
                continue
            mine, theirs = columns[name], columns[other]
            assert not (len(mine) <= len(theirs) and theirs[: len(mine)] == mine), (
                f"{name} {mine} is the start of {other} {theirs}: {other} answers every query "
                f"{name} does, so {name} only costs writes"
            )
