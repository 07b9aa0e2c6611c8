"""`winterarc user`: account administration from the shell."""

from __future__ import annotations

import asyncio
import sys
from typing import Annotated

import typer

from winterarc.auth import service
from winterarc.auth.models import Role
from winterarc.cli.errors import CLIError
from winterarc.db.engine import create_engine, create_sessionmaker
from winterarc.db.migrate import upgrade_async
from winterarc.kit.errors import AppError
from winterarc.settings import load_settings

app = typer.Typer(help="Manage accounts.", no_args_is_help=True)


@app.command()
def create(
    username: Annotated[str, typer.Argument(help="3-32 letters, digits, '_' or '-'.")],
    role: Annotated[Role, typer.Option(help="The account's role.")] = Role.LEARNER,
    admin: Annotated[bool, typer.Option("--admin", help="Shorthand for --role admin.")] = False,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Create an account; asks for the password unless --password-stdin is given."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    chosen = Role.ADMIN if admin else role
    user_id = asyncio.run(_create(username, password, chosen))
    typer.echo(f"created {chosen.value} {username.lower()} (id {user_id})")


async def _create(username: str, password: str, role: Role) -> int:
    from pydantic import ValidationError

    from winterarc.auth.schemas import RegisterIn

    try:
        RegisterIn(username=username, password=password)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise CLIError(f"{first['loc'][0]}: {first['msg']}") from None
    settings = load_settings()
    if settings.is_sqlite:
        await upgrade_async(settings.resolved_database_url)
    engine = create_engine(settings.resolved_database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            try:
                user = await service.register(
                    session, username=username, password=password, role=role
                )
            except AppError as exc:
                raise CLIError(exc.detail) from None
            await session.commit()
            return user.id
    finally:
        await engine.dispose()
