"""The library's tables as SQLAlchemy 2.0 mapped classes."""

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # TODO: the name is unique; an author has books (a relationship).


# TODO: Book, Member and Loan (see the statement for the tables).
