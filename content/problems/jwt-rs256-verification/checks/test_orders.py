from conftest import assert_refused, bearer, issue


def test_each_user_sees_their_own_orders(http):
    """alice and bob each get their own orders."""
    for user, item in (("alice", "kettle"), ("bob", "teapot")):
        body = http.get("/orders", headers=bearer(issue(sub=user))).json()
        assert body["user"] == user and body["orders"][0]["item"] == item


def test_admin_claim_opens_admin_stats(http):
    """/admin/stats is 200 with admin: true in a valid token, 403 without."""
    response = http.get("/admin/stats", headers=bearer(issue(sub="admin", admin=True)))
    assert response.status_code == 200 and response.json() == {"users": 3, "orders": 2}
    response = http.get("/admin/stats", headers=bearer(issue(sub="alice")))
    assert response.status_code == 403, "alice is authenticated but not an admin: 403"


def test_garbage_tokens_are_401(http):
    """Malformed tokens and other schemes are 401, never a 500."""
    headers = ("Bearer abc", "Bearer a.b.c", "Bearer ...", "Bearer e30.e30.", "Basic YWxpY2U6eA==")
    for header in headers:
        assert_refused(http.get("/orders", headers={"Authorization": header}), header)
