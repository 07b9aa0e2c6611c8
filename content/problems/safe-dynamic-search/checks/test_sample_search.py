def test_sample_text_search(catalog):
    assert catalog.search(text="python") == [
        [3, "100% Python: the hard parts", "A. Nonymous", 1999],
        [1, "Fluent Python", "Luciano Ramalho", 4999],
        [2, "Python Crash Course", "Eric Matthes", 2999],
        [10, "Python_Tricks", "Dan Bader", 2500],
    ], "titles containing 'python' in any case, sorted by title"


def test_sample_sort_and_limit(catalog):
    assert catalog.ids(sort="price_cents", descending=True, limit=3) == [1, 7, 12]
    assert catalog.ids(sort="published", limit=4) == [4, 5, 11, 1], "oldest first, ties by id"
