from conftest import PUBLIC_FILES, assert_refused, download


def test_dots_inside_a_file_name_are_fine(http):
    """A public file whose name contains .. (v2..3-upgrade.txt) downloads."""
    response = download(http, "v2..3-upgrade.txt")
    assert response.status_code == 200, (
        "v2..3-upgrade.txt is a public file: refusing every name with '..' in it is a "
        "string filter, not a path check"
    )
    assert response.text == PUBLIC_FILES["v2..3-upgrade.txt"]


def test_harmless_dot_segments_resolve(http):
    """./welcome.txt and reports/2024/../2024/q1.txt stay inside and download."""
    for name, expected in (("./welcome.txt", "welcome.txt"),
                           ("reports/2024/../2024/q1.txt", "reports/2024/q1.txt")):  # fmt: skip
        response = download(http, name)
        assert response.status_code == 200, f"name={name!r} is inside storage/public/"
        assert response.text == PUBLIC_FILES[expected]


def test_odd_names_are_refused_not_a_crash(http):
    """A NUL byte or an overlong name is refused with 4xx, never a 500."""
    for name in ("welcome.txt\x00.png", "a" * 5000, ".", ""):
        assert_refused(download(http, name), name[:40])
