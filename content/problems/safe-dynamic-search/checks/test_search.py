PAYLOADS = [
    "' OR '1'='1",
    "') OR 1=1 --",
    "x' UNION SELECT 1, username, password_hash, 0 FROM users --",
    "'; DROP TABLE books; --",
]


def test_filters_combine(catalog):
    """text, authors, min_price and max_price together (all must hold)."""
    assert catalog.ids(authors=["Bill Karwin", "Markus Winand", "Nobody"]) == [11, 5]
    assert catalog.ids(authors=["Bill Karwin"], min_price=3000) == [5]
    assert catalog.ids(text="sql", max_price=3000) == [11, 9]
    assert catalog.ids(min_price=4200, max_price=4500, sort="price_cents") == [8, 12, 7]
    assert catalog.ids(authors=[]) == [], "an empty list of authors matches no book"


def test_quotes_are_just_characters(catalog):
    """Titles and authors with apostrophes are found like any other."""
    assert catalog.ids(text="what's") == [6]
    assert catalog.ids(authors=["Tim O'Reilly"]) == [6]
    assert catalog.ids(authors=["Tim O'Reilly", "Dan Bader"], sort="author") == [10, 6]


def test_wildcards_in_text_are_literal(catalog):
    """% and _ in the search text match those characters, not "anything"."""
    assert catalog.ids(text="%") == [3, 9], (
        "'%' should find the titles with a % in them: in LIKE, % and _ are wildcards, so "
        "escape them (and the escape character) in the user's text"
    )
    assert catalog.ids(text="_") == [10, 5]
    assert catalog.ids(text="sql_") == [5]
    assert catalog.ids(text="50%") == [9]


def test_injection_in_text_finds_nothing(catalog):
    """Injection attempts in the text are searched for as text: no rows, nothing changed."""
    for payload in PAYLOADS:
        assert catalog.search(text=payload) == [], f"text={payload!r} returned rows"
    assert catalog.intact(), "the database changed"


def test_injection_in_authors_finds_nothing(catalog):
    """Injection attempts in the authors list match no author; no password hash comes back."""
    for payload in PAYLOADS:
        rows = catalog.search(authors=["Bill Karwin", payload])
        assert rows == [[5, "SQL_Antipatterns", "Bill Karwin", 3499]], (
            f"authors=['Bill Karwin', {payload!r}] returned {rows}"
        )
    assert catalog.intact(), "the database changed"


def test_sort_must_be_a_known_column(catalog):
    """sort is title, author, price_cents or published; anything else is a ValueError."""
    blind = ("(CASE WHEN (SELECT substr(password_hash, 2, 1) FROM users WHERE "
             "username = 'admin') = 'a' THEN title ELSE price_cents END)")  # fmt: skip
    for sort in ("price_cents; DROP TABLE books", blind, "id", "users.password_hash", "TITLE "):
        with catalog.learner.raises("ValueError"):
            catalog.search(sort=sort)
    assert catalog.intact(), "the database changed"


def test_limit_is_a_number_from_1_to_100(catalog):
    """limit outside 1..100, or not an integer, is a ValueError; 100 is fine."""
    for limit in (0, -1, 101, 10**9, "5; DROP TABLE books", 2.5):
        with catalog.learner.raises("ValueError"):
            catalog.search(limit=limit)
    assert len(catalog.search(limit=100)) == 12
    assert catalog.intact()


def test_a_long_list_of_authors(catalog):
    """40 authors (one placeholder each) find the books of the ones that exist."""
    authors = [f"Author {number}" for number in range(38)] + ["Alex Petrov", "Dan Bader"]
    assert catalog.ids(authors=authors, sort="price_cents") == [10, 8]
