from conftest import assert_blocked


def test_internal_port_is_refused(http, net):
    """The internal service's port, on either allowed host name, is refused (400)."""
    for url in ("http://127.0.0.1:8703/latest/meta-data/iam/security-credentials/",
                "http://localhost:8703/latest/meta-data/"):  # fmt: skip
        assert_blocked(http, net, url, "the allow-list is of origins: scheme, host AND port")


def test_userinfo_cannot_smuggle_another_host(http, net):
    """http://<partner>@<internal>/ goes to the internal host: refused (400)."""
    for url in ("http://127.0.0.1:8701@127.0.0.1:8703/latest/meta-data/",
                "http://localhost:8702:x@localhost:8703/"):  # fmt: skip
        assert_blocked(
            http, net, url,
            "everything before @ is a user name and password: the client connects to the host "
            "after it. Parse the URL and check what it will really connect to",
        )  # fmt: skip


def test_redirect_is_not_followed(http, net):
    """A partner's 302 to the internal service is not followed (502)."""
    url = "http://127.0.0.1:8701/redirect?to=http://127.0.0.1:8703/latest/meta-data/"
    assert_blocked(
        http, net, url,
        "the URL was allowed, then the partner redirected to the internal service: a client "
        "that follows redirects fetches a URL nobody checked",
    )  # fmt: skip


def test_other_spellings_of_loopback_are_refused(http, net):
    """127.1, 2130706433, 0x7f000001 and 0177.0.0.1 reach the internal port: refused (400)."""
    for host in ("127.1", "2130706433", "0x7f000001", "0177.0.0.1", "127.000.000.001"):
        assert_blocked(
            http, net, f"http://{host}:8703/latest/meta-data/",
            f"{host} is 127.0.0.1 to the resolver: a deny-list of spellings never ends; an "
            "allow-list of exact origins does not care",
        )  # fmt: skip


def test_other_schemes_are_refused(http, net):
    """file://, ftp:// and gopher:// URLs are refused (400)."""
    for url in ("file:///etc/passwd", "file://127.0.0.1:8701/etc/passwd",
                "ftp://127.0.0.1:8701/feed.json", "gopher://127.0.0.1:8703/_GET%20/"):  # fmt: skip
        assert_blocked(http, net, url, "only the partners' http:// origins")
