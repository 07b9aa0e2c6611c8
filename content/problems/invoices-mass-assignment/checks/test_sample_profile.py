from conftest import assert_public_user, auth, expect


def test_sample_me_shows_the_profile_without_secrets(http):
    me = expect(http.get("/me", headers=auth("alice")), 200, "alice's profile").json()
    assert_public_user(me, "GET /me")
    assert me["username"] == "alice" and me["plan"] == "free" and me["is_admin"] is False


def test_sample_patch_me_changes_the_display_name(http):
    response = http.patch("/me", json={"display_name": "Alice L."}, headers=auth("alice"))
    me = expect(response, 200, "alice may change her display name").json()
    assert me["display_name"] == "Alice L."
    assert me["email"] == "alice@example.com", "PATCH changes only the fields that were sent"
    assert_public_user(me, "PATCH /me")
