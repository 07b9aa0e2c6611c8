from conftest import explain, queries, shelf


def test_catalog_queries_do_not_grow_with_the_data(library):
    """catalog() runs at most 2 SQL statements for 2 authors and for 15."""
    shelf(library, authors=2, books_each=1)
    _, small, _ = queries(library, "catalog")
    shelf_more = [library.add_author(f"B{index:02}") for index in range(13)]
    for author in shelf_more:
        library.add_book(author, "another book")
    result, large, statements = queries(library, "catalog")
    assert len(result) == 15
    assert small <= 2 and large <= 2, explain(large, statements, 2)


def test_catalog_keeps_authors_without_books(library):
    """An author with no books is in the catalog with "books": [] (authors by name)."""
    library.add_author("Zola")
    library.add_book(library.add_author("Borges"), "Ficciones")
    assert library.catalog() == [
        {"author": "Borges", "books": [{"title": "Ficciones", "copies_available": 1}]},
        {"author": "Zola", "books": []},
    ]


def test_member_loans_lists_open_loans(library):
    """member_loans: open loans only, by loan id, each with the title and author name."""
    books = shelf(library, authors=2, books_each=2)
    ada, bob = library.add_member("Ada"), library.add_member("Bob")
    first, second, third = library.checkout(ada, [books[3], books[0], books[1]])
    library.checkout(bob, [books[2]])
    library.return_book(second)
    assert library.member_loans(ada) == [
        {"loan_id": first, "title": "A01 book 1", "author": "A01"},
        {"loan_id": third, "title": "A00 book 1", "author": "A00"},
    ]
    assert library.member_loans(library.add_member("Cyd")) == []


def test_member_loans_in_constant_queries(library):
    """member_loans runs at most 3 SQL statements for 2 loans and for 12."""
    books = shelf(library, authors=12, books_each=1)
    member = library.add_member("Ada")
    library.checkout(member, books[:2])
    _, small, _ = queries(library, "member_loans", member)
    library.checkout(member, books[2:])
    result, large, statements = queries(library, "member_loans", member)
    assert len(result) == 12
    assert small <= 3 and large <= 3, (
        "each loan's book and each book's author must not be loaded one by one. "
        + explain(large, statements, 3)
    )


def test_member_loans_of_an_unknown_member(library):
    """member_loans of a member who does not exist raises NotFound."""
    with library.learner.raises("NotFound"):
        library.member_loans(42)


def test_loan_counts(library):
    """loan_counts: every author, even with no books or no loans; most loans first, then name."""
    books = shelf(library, authors=3, books_each=2)  # A00: 0, 1  A01: 2, 3  A02: 4, 5
    library.add_author("No books yet")
    ada, bob = library.add_member("Ada"), library.add_member("Bob")
    (loan,) = library.checkout(ada, [books[2]])
    library.return_book(loan)  # returned loans count too
    library.checkout(bob, [books[2], books[3], books[0]])
    assert library.loan_counts() == [
        {"author": "A01", "loans": 3},
        {"author": "A00", "loans": 1},
        {"author": "A02", "loans": 0},
        {"author": "No books yet", "loans": 0},
    ], "authors without loans (or books) have 0: an inner join drops them"


def test_loan_counts_in_one_query(library):
    """loan_counts runs one SQL statement: the database counts, not Python."""
    books = shelf(library, authors=6, books_each=2)
    library.checkout(library.add_member("Ada"), books[::3])
    result, count, statements = queries(library, "loan_counts")
    assert len(result) == 6
    assert count == 1, (
        "count with GROUP BY in one SELECT (func.count, outer joins) instead of loading "
        "authors, books and loans into Python. " + explain(count, statements, 1)
    )


def test_part_one_still_holds(library):
    """The repository of part 1 still works: checkout is all or nothing."""
    books = shelf(library, authors=1, books_each=2)
    gone = library.add_book(library.add_author("Out"), "Gone", 0)
    with library.learner.raises("Unavailable"):
        library.checkout(library.add_member("Ada"), [*books, gone])
    assert library.count("loans") == 0
