def columns(library, table):
    """{name: (type, notnull, pk)} from PRAGMA table_info."""
    return {
        row[1]: (row[2].upper(), bool(row[3]), bool(row[5]))
        for row in library.rows(f"PRAGMA table_info({table})")
    }


def foreign_keys(library, table):
    """{column: (table, column)} from PRAGMA foreign_key_list."""
    return {row[3]: (row[2], row[4]) for row in library.rows(f"PRAGMA foreign_key_list({table})")}


def test_tables_columns_and_foreign_keys(library):
    """The four tables have the columns, NOT NULLs and foreign keys of the statement."""
    expected = {
        "authors": {"id", "name"},
        "books": {"id", "title", "author_id", "copies_available"},
        "members": {"id", "name"},
        "loans": {"id", "book_id", "member_id", "returned"},
    }
    for table, names in expected.items():
        found = columns(library, table)
        assert set(found) == names, f"table {table}: expected columns {sorted(names)}, got {sorted(found)}"
        for name, (_, notnull, pk) in found.items():
            assert pk or notnull, f"{table}.{name} must be NOT NULL (Mapped[int], not Mapped[int | None])"
    assert foreign_keys(library, "books") == {"author_id": ("authors", "id")}, (
        "books.author_id is a foreign key to authors.id (mapped_column(ForeignKey('authors.id')))"
    )
    assert foreign_keys(library, "loans") == {
        "book_id": ("books", "id"),
        "member_id": ("members", "id"),
    }, "loans.book_id and loans.member_id are foreign keys to books.id and members.id"


def test_author_names_are_unique(library):
    """A second author with the same name raises Duplicate and stores nothing."""
    library.add_author("Terry Pratchett")
    with library.learner.raises("Duplicate"):
        library.add_author("Terry Pratchett")
    assert library.count("authors") == 1
    unique = [row for row in library.rows("PRAGMA index_list(authors)") if row[2]]
    assert unique, "authors.name needs a UNIQUE constraint in the database, not only a check in Python"


def test_repository_still_works_after_a_duplicate(library):
    """After a refused duplicate, the next calls succeed: the failed unit of work was rolled back."""
    library.add_author("Iain M. Banks")
    with library.learner.raises("Duplicate"):
        library.add_author("Iain M. Banks")
    author = library.add_author("Ann Leckie")
    library.add_book(author, "Ancillary Justice")
    assert library.count("authors") == 2 and library.count("books") == 1


def test_checkout_is_all_or_nothing(library):
    """If one book of a checkout has no copy left, it raises Unavailable and lends nothing."""
    author = library.add_author("N. K. Jemisin")
    books = [library.add_book(author, title) for title in ("The Fifth Season", "The Obelisk Gate")]
    gone = library.add_book(author, "The Stone Sky", 0)
    member = library.add_member("Grace")
    with library.learner.raises("Unavailable"):
        library.checkout(member, [*books, gone])
    assert library.count("loans") == 0, (
        "the books before the unavailable one must not be lent: one checkout, one transaction"
    )
    assert library.rows("SELECT copies_available FROM books ORDER BY id") == [[1], [1], [0]]
    assert len(library.checkout(member, books)) == 2, "the available books can still be lent"


def test_the_same_book_twice_takes_two_copies(library):
    """checkout(m, [b, b]) lends two copies of b, or raises Unavailable if there is one."""
    author = library.add_author("Stanislaw Lem")
    solaris = library.add_book(author, "Solaris", 2)
    eden = library.add_book(author, "Eden", 1)
    member = library.add_member("Linus")
    assert len(library.checkout(member, [solaris, solaris])) == 2
    with library.learner.raises("Unavailable"):
        library.checkout(member, [eden, eden])
    assert library.rows("SELECT copies_available FROM books ORDER BY id") == [[0], [1]]
    assert library.count("loans") == 2


def test_missing_member_or_book_raises_not_found(library):
    """Unknown members, books and authors raise NotFound, and nothing is written."""
    author = library.add_author("Liu Cixin")
    book = library.add_book(author, "The Three-Body Problem")
    member = library.add_member("Margaret")
    with library.learner.raises("NotFound"):
        library.checkout(member + 100, [book])
    with library.learner.raises("NotFound"):
        library.checkout(member, [book, book + 100])
    with library.learner.raises("NotFound"):
        library.add_book(author + 100, "Ghost")
    assert library.count("loans") == 0 and library.count("books") == 1
    assert library.rows("SELECT copies_available FROM books") == [[1]]


def test_return_puts_the_copy_back(library):
    """return_book marks the loan returned and frees the copy; a second return is NotFound."""
    book = library.add_book(library.add_author("Mary Shelley"), "Frankenstein")
    member = library.add_member("Alan")
    (loan,) = library.checkout(member, [book])
    library.return_book(loan)
    assert library.rows(f"SELECT returned FROM loans WHERE id = {loan}") == [[1]]
    assert library.rows("SELECT copies_available FROM books") == [[1]]
    with library.learner.raises("NotFound"):
        library.return_book(loan)
    assert library.rows("SELECT copies_available FROM books") == [[1]], "no copy out of thin air"


def test_author_books_of_a_missing_author(library):
    """author_books of an unknown author raises NotFound; an author with no books has []."""
    author = library.add_author("Anonymous")
    assert library.author_books(author) == {"author": "Anonymous", "books": []}
    with library.learner.raises("NotFound"):
        library.author_books(author + 1)
