import threading

import httpx
from sample_database import SHIPMENTS, Database


def test_liveness_never_touches_the_database(http):
    """GET /healthz sends nothing to the database (and answers 200 while it is down)."""
    with Database() as db:
        for _ in range(3):
            assert http.get("/healthz").status_code == 200
        assert db.requests == 0, (
            f"/healthz sent {db.requests} requests to the database: liveness asks only whether "
            "the process works; a database outage would make Kubernetes restart every pod"
        )
    response = http.get("/healthz")
    assert response.status_code == 200, "with the database down, /healthz is still 200"


def test_not_ready_while_the_database_is_down(http):
    """With nothing listening on the database's port, GET /readyz is 503 {"status": "unavailable"}."""
    response = http.get("/readyz")
    assert response.status_code == 503, (
        f"/readyz answered {response.status_code} with the database down: 503 takes the pod "
        "out of the Service until it can serve"
    )
    assert response.json() == {"status": "unavailable"}


def test_readiness_follows_the_database(http):
    """/readyz asks the database on every request: 503, then 200 once it is up, 503 again."""
    assert http.get("/readyz").status_code == 503, "down: 503"
    db = Database().start()
    try:
        assert http.get("/readyz").status_code == 200, (
            "the database came up: /readyz must say 200 now (check on every request, do not "
            "remember an earlier answer)"
        )
    finally:
        db.stop()
    assert http.get("/readyz").status_code == 503, "the database went down again: 503"


def test_readiness_gives_up_on_a_silent_database(http):
    """A database that accepts and never answers: /readyz still answers 503 (a 1 s timeout)."""
    with Database(mode="silent"):
        try:
            response = http.get("/readyz", timeout=4.0)
        except httpx.TimeoutException:
            raise AssertionError(
                "/readyz did not answer in 4 s: call db.ping(timeout=1). Without a timeout the "
                "probe hangs, the kubelet counts a failure anyway, and every waiting request "
                "holds a worker thread"
            ) from None
    assert response.status_code == 503


def test_shipment_is_read_from_the_database(http):
    """GET /shipments/{id} answers 200 with the database's shipment."""
    with Database():
        response = http.get("/shipments/TRK-2040")
    assert response.status_code == 200
    assert response.json() == SHIPMENTS["TRK-2040"]


def test_unknown_shipment_is_404(http):
    """An id the database does not know is 404 {"detail": "shipment not found"}."""
    with Database():
        response = http.get("/shipments/TRK-9999")
    assert response.status_code == 404
    assert response.json() == {"detail": "shipment not found"}


def test_shipment_with_the_database_down_is_503(http):
    """GET /shipments/{id} with the database down is 503, not a 500 crash."""
    response = http.get("/shipments/TRK-1001")
    assert response.status_code == 503, (
        f"{response.status_code}: a DatabaseError is a temporary outage of a dependency (503), "
        "not a bug in the app (500)"
    )


def test_healthz_answers_while_a_query_waits(http):
    """While a shipment query waits for the database, /healthz is still answered."""
    base_url = str(http.base_url)  # a second client: the first stays free for /healthz
    with Database(mode="hold") as db:
        result = {}

        def query():
            with httpx.Client(base_url=base_url, timeout=10.0, trust_env=False) as client:
                result["response"] = client.get("/shipments/TRK-1001")

        waiting = threading.Thread(target=query, daemon=True)
        waiting.start()
        try:
            assert db.asked.wait(5), "GET /shipments/TRK-1001 never queried the database"
            try:
                live = http.get("/healthz", timeout=3.0)
            except httpx.TimeoutException:
                raise AssertionError(
                    "/healthz did not answer while a query waited for the database: the "
                    "blocking driver runs inside an async def and holds the event loop. Use a "
                    "plain def endpoint (FastAPI runs it in a thread pool) or "
                    "await asyncio.to_thread(...)"
                ) from None
            assert live.status_code == 200
        finally:
            db.release()
            waiting.join(10)
    assert result["response"].status_code == 200
    assert result["response"].json() == SHIPMENTS["TRK-1001"]
