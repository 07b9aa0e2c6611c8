"""`winterarc login`, `logout` and `whoami`."""

from __future__ import annotations

import argparse

from winterarc.client import config
from winterarc.client.errors import ClientError
from winterarc.client.http import API, Api
from winterarc.client.login import device_login
from winterarc.client.parsing import Commands, json_flag, server_option
from winterarc.client.render import Output


def register(commands: Commands) -> None:
    parser = commands.add(
        "login",
        login,
        "Log in through your browser: approve the code shown here on the server's /device page.",
        "The tokens are kept in your config directory (mode 0600) and refreshed automatically.",
    )
    server_option(parser)
    json_flag(parser)
    json_flag(commands.add("logout", logout, "End this login on the server and forget it here."))
    parser = commands.add("whoami", whoami, "The account you are logged in as, and where.")
    server_option(parser)
    json_flag(parser)


def login(args: argparse.Namespace) -> int:
    out = Output(args.json)
    credentials = device_login(Api(config.server(args.server), None), out)
    if out.json_mode:
        out.json(
            {"event": "logged_in", "server": credentials.server, "username": credentials.username}
        )
    else:
        out.line(
            f"Logged in to {credentials.server} as {credentials.username} "
            f"(saved in {config.credentials_path()})."
        )
    return 0


def logout(args: argparse.Namespace) -> int:
    out = Output(args.json)
    stored = config.load()
    revoked = False
    if stored is not None:
        try:
            # The access token goes along so the server refuses it at once, not at its expiry.
            Api(stored.server, None).request(
                "POST",
                f"{API}/auth/logout",
                json_body={"refresh_token": stored.refresh_token},
                headers={"Authorization": f"Bearer {stored.access_token}"},
            )
            revoked = True
        except ClientError as error:  # forget it here all the same; say the server did not hear
            out.note(f"winterarc: warning: the server was not told: {error}")
    forgot = config.clear()
    if out.json_mode:
        out.json({"logged_out": forgot, "revoked_on_server": revoked})
    elif stored is not None and forgot:
        out.line(f"Logged out of {stored.server}.")
    else:
        out.line("Not logged in.")
    return 0


def whoami(args: argparse.Namespace) -> int:
    out = Output(args.json)
    api = Api.connect(args.server)
    me = api.get("/auth/me")
    if out.json_mode:
        out.json({"server": api.server, **me})
    else:
        name = f" ({me['display_name']})" if me.get("display_name") else ""
        out.line(f"{me['username']}{name}, {me['role']}, on {api.server}")
    return 0
