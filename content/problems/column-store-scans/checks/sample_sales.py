"""The sales the checks load (shown to learners): 80 days from 2024-01-01, 100 sales a day."""

import datetime
import random

COUNTRIES = ["BE", "DE", "ES", "FR", "IT", "NL", "PL", "SE"]
PAGE = 4096


def sales(days=80, per_day=100, seed=6):
    rng = random.Random(seed)
    prices = [rng.randint(199, 9999) for _ in range(500)]
    rows = []
    for offset in range(days):
        day = (datetime.date(2024, 1, 1) + datetime.timedelta(days=offset)).isoformat()
        for _ in range(per_day):
            product = rng.randrange(500)
            quantity = rng.randint(1, 5)
            rows.append({
                "day": day, "country": rng.choice(COUNTRIES), "product_id": product,
                "quantity": quantity, "amount_cents": quantity * prices[product],
            })  # fmt: skip
    return rows


def matches(row, where):
    for column, wanted in (where or {}).items():
        if isinstance(wanted, dict):
            if not wanted["from"] <= row[column] <= wanted["to"]:
                return False
        elif row[column] != wanted:
            return False
    return True


class Store:
    """The learner's column store with the sales loaded, and the disk's page counter."""

    def __init__(self, learner, rows=None):
        self.learner = learner
        self.rows = rows if rows is not None else sales()
        learner.call("columnar", "load", "sales", self.rows)

    def __call__(self, function, *args):
        return self.learner.call("columnar", function, "sales", *args)

    def pages(self, function, *args):
        """(answer, pages read while answering)."""
        before = self.learner.call("disk", "pages_read")
        answer = self(function, *args)
        return answer, self.learner.call("disk", "pages_read") - before

    def expected_total(self, column, where=None):
        return sum(row[column] for row in self.rows if matches(row, where))
