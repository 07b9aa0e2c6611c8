"""The library's repository: every function is one unit of work, committed or rolled back."""

from sqlalchemy.orm import Session

import db
from models import Author, Base


class NotFound(Exception):
    """No such author, book, member or (open) loan."""


class Unavailable(Exception):
    """No copy of a book is left to lend."""


class Duplicate(Exception):
    """An author with that name exists already."""


def setup() -> None:
    Base.metadata.create_all(db.engine)


def add_author(name: str) -> int:
    with Session(db.engine) as session:
        author = Author(name=name)
        session.add(author)
        session.commit()
        return author.id  # TODO: a duplicate name raises Duplicate


def add_book(author_id: int, title: str, copies: int = 1) -> int:
    raise NotImplementedError


def add_member(name: str) -> int:
    raise NotImplementedError


def checkout(member_id: int, book_ids: list[int]) -> list[int]:
    raise NotImplementedError


def return_book(loan_id: int) -> None:
    raise NotImplementedError


def author_books(author_id: int) -> dict:
    raise NotImplementedError
