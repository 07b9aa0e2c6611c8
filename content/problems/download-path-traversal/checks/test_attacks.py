from conftest import assert_refused, download


def test_dot_dot_cannot_leave_the_folder(http):
    """../ sequences cannot reach files outside storage/public/."""
    names = [
        "../../../lab/deploy-notes.txt",
        "../" * 12 + "lab/deploy-notes.txt",
        "reports/../../../../lab/deploy-notes.txt",
        "../../../../../etc/passwd",
    ]
    for name in names:
        assert_refused(download(http, name), name)


def test_nested_dot_dot_tricks(http):
    """....// and ..././ (a ../ filter's leftovers) cannot leave the folder."""
    names = [
        "....//....//....//lab/deploy-notes.txt",
        "..././..././..././lab/deploy-notes.txt",
        "....//....//....//....//....//etc/passwd",
    ]
    for name in names:
        assert_refused(download(http, name), name)


def test_sibling_folder_with_the_same_prefix(http):
    """storage/public_internal/ is outside storage/public/, though it starts the same."""
    for name in ("../public_internal/payroll.csv", "reports/../../public_internal/payroll.csv"):
        assert_refused(download(http, name), name)


def test_absolute_path_is_refused(http):
    """An absolute name (/lab/..., /etc/passwd) is refused."""
    for name in ("/lab/deploy-notes.txt", "/etc/passwd", "//lab/deploy-notes.txt"):
        assert_refused(download(http, name), name)
