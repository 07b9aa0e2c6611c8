def test_sample_authors_and_their_books(library):
    author = library.add_author("Ursula K. Le Guin")
    first = library.add_book(author, "A Wizard of Earthsea", 2)
    second = library.add_book(author, "The Dispossessed")
    assert library.author_books(author) == {
        "author": "Ursula K. Le Guin",
        "books": [
            {"id": first, "title": "A Wizard of Earthsea", "copies_available": 2},
            {"id": second, "title": "The Dispossessed", "copies_available": 1},
        ],
    }
    assert library.rows("SELECT id, name FROM authors") == [[author, "Ursula K. Le Guin"]], (
        "add_author commits: another connection sees the row"
    )


def test_sample_checkout_lends_a_copy(library):
    book = library.add_book(library.add_author("Octavia E. Butler"), "Kindred", 2)
    member = library.add_member("Ada")
    loans = library.checkout(member, [book])
    assert len(loans) == 1
    assert library.rows("SELECT id, book_id, member_id, returned FROM loans") == [
        [loans[0], book, member, 0]
    ]
    assert library.rows(f"SELECT copies_available FROM books WHERE id = {book}") == [[1]]
