from sample_database import Database


def test_sample_healthz_is_ok(http):
    with Database():
        response = http.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_sample_ready_when_the_database_answers(http):
    with Database():
        response = http.get("/readyz")
    assert response.status_code == 200, "the database answers PING: the app is ready"
    assert response.json() == {"status": "ready"}
