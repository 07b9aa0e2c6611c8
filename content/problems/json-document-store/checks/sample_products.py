"""The products the checks load (shown to learners)."""

PRODUCTS = [
    {"name": "Kettle", "brand": "Acme", "price": 25, "tags": ["kitchen", "steel"],
     "stock": {"warehouse": "north", "units": 12}},
    {"name": "Laptop 14", "brand": "Zenith", "price": 999, "tags": ["computers"],
     "specs": {"ram_gb": 16, "cpu": "x7"}},
    {"name": "Laptop 16", "brand": "Zenith", "price": 1499, "tags": ["computers", "pro"],
     "specs": {"ram_gb": 32, "cpu": "x9"}},
    {"name": "T-shirt", "brand": "Acme", "price": 15, "tags": ["clothing", "cotton"],
     "sizes": ["S", "M", "L"]},
    {"name": 'Mug "Dev"', "brand": "O'Brien's", "price": 9.5, "tags": ["kitchen"], "gift": True},
    {"name": "NoSQL Distilled", "brand": "Pearson", "price": 30, "tags": ["books", "nosql"]},
    {"name": "SQL Antipatterns", "brand": "Pragmatic", "price": 35, "tags": ["books", "sql"]},
]  # fmt: skip


def products(learner, name="products"):
    """A collection in a fresh database, loaded with PRODUCTS (ids 1 to 7)."""
    path = learner.call("scratch", "new_path", "shop.db")
    handle = learner.new("docstore", "Collection", path, name)
    for product in PRODUCTS:
        learner.method(handle, "insert", product)
    return Products(learner, handle)


class Products:
    def __init__(self, learner, handle):
        self.learner, self.handle = learner, handle

    def __call__(self, method, *args, **kwargs):
        return self.learner.method(self.handle, method, *args, **kwargs)

    def names(self, *args, **kwargs):
        return [doc["name"] for doc in self("find", *args, **kwargs)]
