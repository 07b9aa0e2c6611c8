"""/api/v1/me/events: the learner's live channel; a new day's drill is announced on it, at
local midnight too while a page stays open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.daily.helpers import FakeClock
from tests.helpers.app import TestClient, WebSocketDenialResponse
from winterarc.app import create_app
from winterarc.daily import live
from winterarc.daily.clock import get_clock
from winterarc.settings import Settings

PASSWORD = "a-long-and-unusual-passphrase"
EVENTS = "/api/v1/me/events"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def http(settings: Settings, clock: FakeClock) -> Iterator[TestClient]:
    app = create_app(settings)
    app.dependency_overrides[get_clock] = lambda: clock
    with TestClient(app) as client:
        yield client


def login(http: TestClient, username: str) -> dict[str, str]:
    registered = http.post(
        "/api/v1/auth/register", json={"username": username, "password": PASSWORD}
    )
    assert registered.status_code == 201, registered.text
    token = http.post("/api/v1/auth/token", data={"username": username, "password": PASSWORD})
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def test_the_first_look_at_a_new_day_is_announced_to_open_pages(http: TestClient) -> None:
    headers = login(http, "learner1")
    other = login(http, "learner2")
    with (
        http.websocket_connect(EVENTS, headers=headers) as socket,
        http.websocket_connect(EVENTS, headers=other) as bystander,
    ):
        assert http.get("/api/v1/me/daily", headers=headers).status_code == 200
        assert socket.receive_json() == {"type": "daily.ready", "day": "2026-11-02", "items": 0}
        http.get("/api/v1/me/daily", headers=other)
        assert bystander.receive_json()["type"] == "daily.ready"  # its own, not learner1's


def test_at_local_midnight_the_socket_builds_and_announces_the_new_day(
    http: TestClient, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "TICK_SECONDS", 0.05)
    headers = login(http, "learner1")
    http.get("/api/v1/me/daily", headers=headers)
    with http.websocket_connect(EVENTS, headers=headers) as socket:
        clock.now += timedelta(days=1)  # the page stayed open past midnight
        # The database backend may still deliver the announcement of the 2nd (published just
        # before this socket subscribed); the next one is the 3rd's.
        days = [socket.receive_json()["day"]]
        if days[0] == "2026-11-02":
            days.append(socket.receive_json()["day"])
        assert days[-1] == "2026-11-03"
    assert http.get("/api/v1/me/daily", headers=headers).json()["day"] == "2026-11-03"


def test_a_stranger_is_refused(http: TestClient) -> None:
    with pytest.raises(WebSocketDenialResponse) as denied:
        http.websocket_connect(EVENTS).__enter__()
    assert denied.value.status_code == 401
