"""A bigger sheet for the hidden checks: more customers per postcode, books sold in many orders
at prices that changed between orders (discounts, a price rise)."""

import random

from sample_sheet import line

POSTCODES = [("EC1A 1BB", "London"), ("M1 1AE", "Manchester"), ("3512 JE", "Utrecht"),
             ("75001", "Paris")]  # fmt: skip
CUSTOMERS = [
    ("ada@example.com", "Ada Lovelace", 0),
    ("alan@example.com", "Alan Turing", 1),
    ("grace@example.com", "Grace Hopper", 0),
    ("edsger@example.com", "Edsger Dijkstra", 2),
    ("barbara@example.com", "Barbara Liskov", 3),
    ("donald@example.com", "Donald Knuth", 1),
    ("tony@example.com", "Tony Hoare", 0),
    ("margaret@example.com", "Margaret Hamilton", 3),
]
BOOKS = [
    ("9780131103627", "The C Programming Language", 45.0),
    ("9780262033848", "Introduction to Algorithms", 95.0),
    ("9780201633610", "Design Patterns", 50.0),
    ("9781449373320", "Designing Data-Intensive Applications", 40.0),
    ("9780132350884", "Clean Code", 35.0),
    ("9780201616224", "The Pragmatic Programmer", 42.0),
    ("9780596007126", "Head First Design Patterns", 38.5),
    ("9781593279288", "Python Crash Course", 30.0),
]


def bigger_rows():
    rng = random.Random(6)
    rows = []
    for number in range(30):
        order_id = 2001 + number
        email, name, where = CUSTOMERS[number % len(CUSTOMERS)]
        customer = (email, name, *POSTCODES[where])
        day = f"2024-04-{1 + number % 28:02d}"
        for book in rng.sample(BOOKS, rng.randint(1, 3)):
            paid = round(book[2] * rng.choice([1.0, 1.0, 0.9, 0.8, 1.1]), 2)
            rows.append(line(order_id, day, customer, book, rng.randint(1, 4), paid))
    return rows


def price_change_rows():
    """One book sold three times at three prices, another at its list price."""
    ada = ("ada@example.com", "Ada Lovelace", "EC1A 1BB", "London")
    alan = ("alan@example.com", "Alan Turing", "M1 1AE", "Manchester")
    clrs = BOOKS[1]
    gof = BOOKS[2]
    return [
        line(3001, "2024-05-01", ada, clrs, 1, 95.0),
        line(3002, "2024-05-02", alan, clrs, 1, 85.5),
        line(3002, "2024-05-02", alan, gof, 2, 50.0),
        line(3003, "2024-05-09", ada, clrs, 2, 76.0),
    ]
