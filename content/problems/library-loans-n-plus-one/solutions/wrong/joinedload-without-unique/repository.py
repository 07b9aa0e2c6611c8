# Caught by test_sample_catalog: joinedload of a collection repeats each author once per
# book, and SQLAlchemy 2.0 refuses to return such rows without .unique() (InvalidRequestError).
"""The library's repository: every function is one unit of work, committed or rolled back."""

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload

import db
from models import Author, Base, Book, Loan, Member


class NotFound(Exception):
    """No such author, book, member or (open) loan."""


class Unavailable(Exception):
    """No copy of a book is left to lend."""


class Duplicate(Exception):
    """An author with that name exists already."""


def setup() -> None:
    Base.metadata.create_all(db.engine)


def add_author(name: str) -> int:
    try:
        # A session per call; session.begin() commits at the end of the block, or rolls
        # back if anything in it raises.
        with Session(db.engine) as session, session.begin():
            author = Author(name=name)
            session.add(author)
            session.flush()  # INSERT now: the UNIQUE constraint speaks here, and the id is known
            return author.id
    except IntegrityError:
        raise Duplicate(f"an author named {name!r} exists already") from None


def add_book(author_id: int, title: str, copies: int = 1) -> int:
    with Session(db.engine) as session, session.begin():
        if session.get(Author, author_id) is None:
            raise NotFound(f"no author {author_id}")
        book = Book(author_id=author_id, title=title, copies_available=copies)
        session.add(book)
        session.flush()
        return book.id


def add_member(name: str) -> int:
    with Session(db.engine) as session, session.begin():
        member = Member(name=name)
        session.add(member)
        session.flush()
        return member.id


def checkout(member_id: int, book_ids: list[int]) -> list[int]:
    """Lend every book in book_ids to the member, or none of them."""
    with Session(db.engine) as session, session.begin():
        if session.get(Member, member_id) is None:
            raise NotFound(f"no member {member_id}")
        loans = []
        for book_id in book_ids:
            book = session.get(Book, book_id)  # the same object if the id comes twice
            if book is None:
                raise NotFound(f"no book {book_id}")
            if book.copies_available < 1:
                raise Unavailable(f"no copy of book {book_id} is left")
            book.copies_available -= 1
            loan = Loan(book=book, member_id=member_id)
            session.add(loan)
            loans.append(loan)
        session.flush()
        return [loan.id for loan in loans]


def return_book(loan_id: int) -> None:
    with Session(db.engine) as session, session.begin():
        loan = session.get(Loan, loan_id)
        if loan is None or loan.returned:
            raise NotFound(f"no open loan {loan_id}")
        loan.returned = True
        loan.book.copies_available += 1


def author_books(author_id: int) -> dict:
    with Session(db.engine) as session:
        author = session.get(Author, author_id)
        if author is None:
            raise NotFound(f"no author {author_id}")
        return {
            "author": author.name,
            "books": [
                {"id": book.id, "title": book.title, "copies_available": book.copies_available}
                for book in author.books
            ],
        }


# -- Part 2: the reports, in a fixed number of queries. ------------------------------------------


def catalog() -> list[dict]:
    """Every author (by name) with their books (by id): two queries, however many authors."""
    with Session(db.engine) as session:
        # selectinload: one more SELECT ... WHERE author_id IN (...) for all the books.
        query = select(Author).options(joinedload(Author.books)).order_by(Author.name)
        return [
            {
                "author": author.name,
                "books": [
                    {"title": book.title, "copies_available": book.copies_available}
                    for book in author.books
                ],
            }
            for author in session.scalars(query)
        ]


def member_loans(member_id: int) -> list[dict]:
    """The member's open loans (by loan id): each with its book's title and author."""
    with Session(db.engine) as session:
        if session.get(Member, member_id) is None:
            raise NotFound(f"no member {member_id}")
        # Many-to-one all the way down: joinedload adds the JOINs to the same SELECT.
        query = (
            select(Loan)
            .where(Loan.member_id == member_id, Loan.returned.is_(False))
            .options(joinedload(Loan.book).joinedload(Book.author))
            .order_by(Loan.id)
        )
        return [
            {"loan_id": loan.id, "title": loan.book.title, "author": loan.book.author.name}
            for loan in session.scalars(query)
        ]


def loan_counts() -> list[dict]:
    """Every author with the number of loans of their books ever made (returned or not),
    the most borrowed first, then by name: one query, the database does the counting."""
    loans = func.count(Loan.id)
    query = (
        select(Author.name, loans)
        .outerjoin(Book, Book.author_id == Author.id)  # outer: authors without books count 0
        .outerjoin(Loan, Loan.book_id == Book.id)  # outer: books never lent count 0
        .group_by(Author.id)
        .order_by(loans.desc(), Author.name)
    )
    with Session(db.engine) as session:
        return [{"author": name, "loans": count} for name, count in session.execute(query)]
