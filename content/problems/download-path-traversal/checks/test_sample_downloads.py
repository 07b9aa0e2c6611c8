from conftest import PUBLIC_FILES, assert_refused, download


def test_sample_public_files_download(http):
    for name in ("welcome.txt", "reports/2024/q1.txt"):
        response = download(http, name)
        assert response.status_code == 200, f"name={name!r}: expected 200"
        assert response.text == PUBLIC_FILES[name]


def test_sample_missing_file_is_404(http):
    assert download(http, "nope.txt").status_code == 404
    assert_refused(download(http, "reports"), "reports (a folder, not a file)")
