from conftest import (
    ATTACKER_PRIVATE_KEY, assert_refused, bearer, claims, hand_made, hmac_signer, issue
)  # fmt: skip

ADMIN = {"sub": "admin", "admin": True}


def test_alg_none_is_rejected(http):
    """An unsigned token ("alg": "none", in any case) is refused with 401."""
    for alg in ("none", "None", "NONE", "nOnE"):
        token = hand_made({"alg": alg, "typ": "JWT"}, claims(**ADMIN))
        assert_refused(http.get("/admin/stats", headers=bearer(token)), f'"alg": "{alg}"')
        assert_refused(http.get("/admin/stats", headers=bearer(token + "c2ln")),
                       f'"alg": "{alg}" with a junk signature')  # fmt: skip


def test_hs256_signed_with_the_public_key_is_rejected(http):
    """Key confusion: HS256 with the public key as the HMAC secret is refused with 401."""
    public_pem = http.get("/auth/public-key").text
    for secret in (public_pem, public_pem.strip(), public_pem.strip() + "\n"):
        token = hand_made({"alg": "HS256", "typ": "JWT"}, claims(**ADMIN),
                          hmac_signer(secret.encode()))  # fmt: skip
        assert_refused(
            http.get("/admin/stats", headers=bearer(token)),
            "an HS256 token whose HMAC key is the server's *public* key (anyone can make one): "
            "accept RS256 only, whatever the token's header says",
        )  # fmt: skip


def test_token_signed_by_another_key_is_rejected(http):
    """An RS256 token signed by the attacker's own key (even with a jwk header) is 401."""
    token = issue(key=ATTACKER_PRIVATE_KEY, **ADMIN)
    assert_refused(http.get("/admin/stats", headers=bearer(token)), "the attacker's RSA key")
    headers = {"kid": "attacker", "jku": "http://127.0.0.1/attacker-keys.json"}
    token = issue(key=ATTACKER_PRIVATE_KEY, headers=headers, **ADMIN)
    assert_refused(http.get("/admin/stats", headers=bearer(token)), "a kid/jku header")


def test_tampered_payload_is_rejected(http):
    """A real token with an edited payload (sub and admin changed) is refused with 401."""
    header, _, signature = issue(sub="bob").split(".")
    payload = issue(**ADMIN).split(".")[1]
    token = f"{header}.{payload}.{signature}"
    assert_refused(http.get("/admin/stats", headers=bearer(token)), "bob's signature, new claims")


def test_expired_token_is_rejected(http):
    """A properly signed token that expired two minutes ago is refused with 401."""
    token = issue(sub="alice", expires_in=-120)
    assert_refused(http.get("/orders", headers=bearer(token)),
                   "a token that expired: a stolen token must stop working")  # fmt: skip


def test_token_without_exp_is_rejected(http):
    """A properly signed token without exp (it never expires) is refused with 401."""
    token = issue(sub="alice", exp=None)
    assert_refused(http.get("/orders", headers=bearer(token)),
                   "no exp claim: PyJWT checks exp only when it is there; require it")  # fmt: skip


def test_wrong_audience_or_issuer_is_rejected(http):
    """A token for another API (aud) or from another issuer (iss) is refused with 401."""
    token = issue(sub="alice", aud="billing-api")
    assert_refused(
        http.get("/orders", headers=bearer(token)),
        "a token the auth server made for billing-api: it is not for this API",
    )
    token = issue(sub="alice", iss="https://evil.example")
    assert_refused(http.get("/orders", headers=bearer(token)), "another issuer")
