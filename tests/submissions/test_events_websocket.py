"""The live events WebSocket, in process: who may listen, state first, then events in order."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import update

from tests.helpers.app import TestClient, WebSocketDenialResponse, pubsub_of, sessionmaker_of
from tests.helpers.factories import add_judged_problem
from winterarc.app import create_app
from winterarc.settings import Settings
from winterarc.submissions.models import Submission

PASSWORD = "a-long-and-unusual-passphrase"


@pytest.fixture
def http(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        client.portal.call(add_judged_problem, client, "sum-stdio")  # type: ignore[union-attr]
        yield client


def login(http: TestClient, username: str) -> dict[str, str]:
    registered = http.post(
        "/api/v1/auth/register", json={"username": username, "password": PASSWORD}
    )
    assert registered.status_code == 201, registered.text
    token = http.post("/api/v1/auth/token", data={"username": username, "password": PASSWORD})
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def submit(http: TestClient, headers: dict[str, str]) -> str:
    response = http.post(
        "/api/v1/submissions", json={"problem": "sum-stdio", "code": "print(1)"}, headers=headers
    )
    assert response.status_code == 202, response.text
    return str(response.json()["id"])


def finish(http: TestClient, submission_id: str, verdict: str) -> None:
    async def mark_done() -> None:
        async with sessionmaker_of(http)() as session:
            await session.execute(
                update(Submission)
                .where(Submission.id == uuid.UUID(submission_id))
                .values(status="done", verdict=verdict, message="passed all 5 tests")
            )
            await session.commit()

    http.portal.call(mark_done)  # type: ignore[union-attr]


def publish(http: TestClient, submission_id: str, **event: Any) -> None:
    http.portal.call(  # type: ignore[union-attr]
        pubsub_of(http).publish,
        f"submission:{submission_id}",
        {"submission_id": submission_id, **event},
    )


def test_a_client_connecting_after_the_verdict_sees_the_tests_then_the_final_state(
    http: TestClient,
) -> None:
    headers = login(http, "learner1")
    submission_id = submit(http, headers)
    publish(http, submission_id, type="running", attempt=1, seq=1)
    publish(http, submission_id, type="test", attempt=1, seq=2, done=1, total=1, name="t1")
    finish(http, submission_id, "AC")  # judged before the client connects; no final event yet
    with http.websocket_connect(
        f"/api/v1/submissions/{submission_id}/events", headers=headers
    ) as socket:
        kinds = []
        while (event := socket.receive_json())["type"] != "final":
            kinds.append(event["type"])
        assert kinds == ["queued", "running", "test"]  # the channel's recent events, replayed
        assert (event["verdict"], event["status"]) == ("AC", "done")  # then the stored state
        assert socket.receive()["type"] == "websocket.close"


def test_events_arrive_in_order_from_queued_to_the_final_verdict(http: TestClient) -> None:
    headers = login(http, "learner1")
    submission_id = submit(http, headers)
    token = headers["Authorization"].split()[1]
    with http.websocket_connect(
        f"/api/v1/submissions/{submission_id}/events", subprotocols=["winterarc.bearer", token]
    ) as socket:
        assert socket.accepted_subprotocol == "winterarc.bearer"
        assert socket.receive_json()["type"] == "queued"
        publish(http, submission_id, type="running", attempt=1, seq=1)
        for done in (1, 2):
            publish(http, submission_id, type="test", attempt=1, seq=1 + done, done=done, total=2)
        finish(http, submission_id, "AC")
        publish(http, submission_id, type="final", attempt=1, seq=4, verdict="AC")
        events = [socket.receive_json() for _ in range(4)]
        assert [(e["type"], e.get("done")) for e in events] == [
            ("running", None),
            ("test", 1),
            ("test", 2),
            ("final", None),
        ]
        assert socket.receive()["type"] == "websocket.close"


def test_a_lost_final_event_still_reaches_the_client_from_the_database(
    http: TestClient,
) -> None:
    headers = login(http, "learner1")
    submission_id = submit(http, headers)
    with http.websocket_connect(
        f"/api/v1/submissions/{submission_id}/events", headers=headers
    ) as socket:
        assert socket.receive_json()["type"] == "queued"
        finish(http, submission_id, "WA")  # and no event published: pub/sub lost it
        event = socket.receive_json()
        assert (event["type"], event["verdict"]) == ("final", "WA")


def test_another_learner_gets_404_and_an_anonymous_client_401(http: TestClient) -> None:
    owner = login(http, "learner1")
    stranger = login(http, "learner2")
    submission_id = submit(http, owner)
    path = f"/api/v1/submissions/{submission_id}/events"
    with pytest.raises(WebSocketDenialResponse) as hidden:
        http.websocket_connect(path, headers=stranger).__enter__()
    assert hidden.value.status_code == 404
    assert hidden.value.json()["type"] == "urn:winterarc:error:not-found"
    with pytest.raises(WebSocketDenialResponse) as anonymous:
        http.websocket_connect(path).__enter__()
    assert anonymous.value.status_code == 401
    with pytest.raises(WebSocketDenialResponse) as forged:
        http.websocket_connect(path, headers={"Authorization": "Bearer not-a-token"}).__enter__()
    assert forged.value.status_code == 401
