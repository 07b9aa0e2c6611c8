"""`winterarc login`: the device authorization grant (RFC 8628) from the client's side."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from winterarc.client.config import Credentials
from winterarc.client.errors import ClientError
from winterarc.client.http import Api, problem_detail
from winterarc.client.render import Output

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
CLIENT_ID = "winterarc-cli"
SLOW_DOWN_STEP = 5


def device_login(
    api: Api, out: Output, *, sleep: Callable[[float], None] = time.sleep
) -> Credentials:
    """Show the code, wait for the learner to approve it in the browser, store the tokens."""
    started = api.post_form("/auth/device", {"client_id": CLIENT_ID})
    if started.status_code != 200:
        raise ClientError(f"the server refused to start a login: {problem_detail(started)}")
    grant: dict[str, Any] = started.json()
    _announce(out, grant)
    interval = float(grant["interval"])
    deadline = time.monotonic() + float(grant["expires_in"])
    while True:
        sleep(interval)  # RFC 8628: wait the interval before every poll, the first included
        answer = api.post_form(
            "/auth/token",
            {
                "grant_type": DEVICE_GRANT,
                "device_code": grant["device_code"],
                "client_id": CLIENT_ID,
            },
        )
        if answer.status_code == 200:
            break
        error = _oauth_error(answer)
        if error == "authorization_pending" and time.monotonic() < deadline + interval:
            continue
        if error == "slow_down":
            interval = float(answer.json().get("interval") or interval + SLOW_DOWN_STEP)
            continue
        if error in ("expired_token", "authorization_pending"):
            raise ClientError(
                "the login code expired before it was approved: run `winterarc login` again"
            )
        if error == "access_denied":
            raise ClientError("the login was denied in the browser: nothing was stored")
        raise ClientError(f"the login failed: {problem_detail(answer)}")
    tokens = answer.json()
    api.store_tokens(tokens, username="", persist=False)  # stored once the name is known
    me = api.get("/auth/me")
    return api.store_tokens(tokens, username=str(me["username"]))


def _announce(out: Output, grant: dict[str, Any]) -> None:
    if out.json_mode:
        out.json({"event": "device_code", **{k: v for k, v in grant.items() if k != "device_code"}})
        return
    minutes = max(1, round(float(grant["expires_in"]) / 60))
    out.line(f"To log in, open {grant['verification_uri_complete']}")
    out.line(f"and approve the code {grant['user_code']} (it expires in {minutes} min).")
    out.line("Waiting for approval...")


def _oauth_error(response: Any) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return str(body.get("error")) if isinstance(body, dict) and body.get("error") else None
