"""A small deterministic shop for the hidden check that runs the queries."""

import datetime
import random


def fill(db):
    rng = random.Random(3)
    db.execute("INSERT INTO postcodes VALUES ('EC1A 1BB', 'London'), ('M1 1AE', 'Manchester')")
    names = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov"]
    for number in range(1, 41):
        name = names[number % len(names)] if number > 5 else names[number - 1]
        db.execute(
            "INSERT INTO customers (customer_id, customer_email, customer_name, postcode) "
            "VALUES (?, ?, ?, ?)",
            (number, f"c{number}@example.com", name, rng.choice(["EC1A 1BB", "M1 1AE"])),
        )
    isbns = [f"978000000{number:04d}" for number in range(30)]
    isbns[0] = "9780131103627"
    for number, isbn in enumerate(isbns):
        db.execute(
            "INSERT INTO books VALUES (?, ?, ?)", (isbn, f"Book {number}", 10 + number * 2.5)
        )
    days = rng.sample(range(366), 300)  # every order on its own day: no ties in date order
    for order_id, offset in enumerate(days, start=1):
        day = (datetime.date(2024, 1, 1) + datetime.timedelta(days=offset)).isoformat()
        status = rng.choice(["placed", "paid", "shipped", "shipped", "cancelled"])
        db.execute(
            "INSERT INTO orders VALUES (?, ?, ?, ?)", (order_id, day, rng.randint(1, 40), status)
        )
        for isbn in rng.sample(isbns, rng.randint(1, 3)):
            db.execute(
                "INSERT INTO order_lines VALUES (?, ?, ?, ?)",
                (order_id, isbn, rng.randint(1, 3), 10 + rng.randint(0, 80)),
            )
