from conftest import explain, queries, shelf


def test_sample_catalog(library):
    tolkien = library.add_author("Tolkien")
    austen = library.add_author("Austen")
    library.add_book(tolkien, "The Hobbit", 2)
    library.add_book(austen, "Emma")
    library.add_book(austen, "Persuasion", 0)
    assert library.catalog() == [
        {
            "author": "Austen",
            "books": [
                {"title": "Emma", "copies_available": 1},
                {"title": "Persuasion", "copies_available": 0},
            ],
        },
        {"author": "Tolkien", "books": [{"title": "The Hobbit", "copies_available": 2}]},
    ]


def test_sample_catalog_in_two_queries(library):
    shelf(library, authors=5, books_each=2)
    result, count, statements = queries(library, "catalog")
    assert len(result) == 5
    assert count <= 2, (
        "catalog() must not run one query per author (the N+1 problem): load the books of "
        "all authors at once. " + explain(count, statements, 2)
    )
