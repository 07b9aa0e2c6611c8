from sample_csrf import form_token, messages, post_entry


def test_sample_form_token_lets_the_user_sign(http, alice):
    token = form_token(http, alice)
    assert token, "the csrf_token field must hold a token"
    response = post_entry(http, alice, token, message="signed with a token")
    assert response.status_code == 303, f"expected 303, got {response.status_code}"
    assert messages(http) == ["signed with a token"]


def test_sample_post_without_token_is_403(http, alice):
    response = post_entry(http, alice, token=None, message="forged")
    assert response.status_code == 403, (
        f"a POST without the form's token is what another site's hidden form sends: expected "
        f"403, got {response.status_code}"
    )
    assert messages(http) == []
