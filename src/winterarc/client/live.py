"""Following a submission's judgement: the WebSocket of live events, or polling without it."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from winterarc.client.errors import ClientError
from winterarc.client.http import API, Api

Event = dict[str, Any]
SILENCE_SECONDS = 60.0  # the server sends heartbeats while judging; this long silent is a stall
GIVE_UP_SECONDS = 15 * 60.0
POLL_SECONDS = 1.0


def events_url(server: str, submission_id: str) -> str:
    scheme, _, rest = server.partition("://")
    return (
        f"{'wss' if scheme == 'https' else 'ws'}://{rest}{API}/submissions/{submission_id}/events"
    )


def follow(api: Api, submission_id: str, on_event: Callable[[Event], None]) -> Event:
    """Every event until `final`, which is returned. Without a usable WebSocket (a proxy that
    drops upgrades, a socket closed early) the submission is polled until it is done."""
    final = _over_websocket(api, submission_id, on_event)
    return final if final is not None else _by_polling(api, submission_id, on_event)


def _over_websocket(
    api: Api, submission_id: str, on_event: Callable[[Event], None]
) -> Event | None:
    from websockets.exceptions import InvalidStatus, WebSocketException
    from websockets.sync.client import connect

    for attempt in range(2):
        headers = {"Authorization": f"Bearer {api.bearer()}"}
        try:
            with connect(
                events_url(api.server, submission_id),
                additional_headers=headers,
                open_timeout=15,
                user_agent_header="winterarc-cli",
            ) as socket:
                while True:
                    event = json.loads(socket.recv(timeout=SILENCE_SECONDS))
                    on_event(event)
                    if event.get("type") == "final":
                        return dict(event)
        except InvalidStatus as refused:
            status = refused.response.status_code
            if status == 401 and attempt == 0:
                api.refresh()  # the access token expired between the POST and the upgrade
                continue
            if status == 404:
                raise ClientError(
                    f"submission {submission_id} is not yours or does not exist"
                ) from None
            return None
        except (OSError, TimeoutError, ValueError, WebSocketException):
            return None
    return None


def _by_polling(api: Api, submission_id: str, on_event: Callable[[Event], None]) -> Event:
    deadline = time.monotonic() + GIVE_UP_SECONDS
    while time.monotonic() < deadline:
        detail = api.get(f"/submissions/{submission_id}")
        if detail.get("status") == "done":
            final = {"type": "final", "submission_id": submission_id, **detail}
            on_event(final)
            return final
        time.sleep(POLL_SECONDS)  # no events to wait on: the server is asked again
    raise ClientError(f"submission {submission_id} was not judged within 15 minutes")
