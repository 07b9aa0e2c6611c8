"""Untrusted zips and folders: every trick is refused before it can do harm."""

from __future__ import annotations

import io
import os
import stat
import struct
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest
from package_helpers import FIXTURES

from winterarc.judge.packages import (
    PackageError,
    ReadLimits,
    load_package,
    load_package_bytes,
)
from winterarc.judge.packages.archive import read_zip
from winterarc.judge.packages.files import MiB, read_folder

Entry = tuple[str, bytes] | zipfile.ZipInfo


def fixture_entries(slug: str = "sum-stdio", prefix: str | None = None) -> list[tuple[str, bytes]]:
    """The files of a fixture package as (archive name, bytes), under `prefix/` if given."""
    root = FIXTURES / slug
    top = f"{slug}/" if prefix is None else prefix
    return [
        (top + path.relative_to(root).as_posix(), path.read_bytes())
        for path in sorted(root.rglob("*"))
        if path.is_file()
    ]


def make_zip(entries: list[tuple[str, bytes]], *extra: tuple[zipfile.ZipInfo, bytes]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates we build on purpose
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)
            for info, data in extra:
                archive.writestr(info, data)
    return buffer.getvalue()


def refusal(data: bytes, limits: ReadLimits | None = None) -> str:
    with pytest.raises(PackageError) as caught:
        load_package_bytes(data, filename="upload.zip", limits=limits or ReadLimits())
    return str(caught.value)


def entry_of_type(name: str, file_type: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # unix
    info.external_attr = (file_type | 0o777) << 16
    return info


def test_zip_of_one_package_folder_loads_like_the_folder() -> None:
    package = load_package_bytes(make_zip(fixture_entries()), filename="sum-stdio.zip")
    assert package == load_package(FIXTURES / "sum-stdio")


def test_zip_with_the_package_files_at_its_root_loads() -> None:
    package = load_package_bytes(make_zip(fixture_entries(prefix="")), filename="x.zip")
    assert package.slug == "sum-stdio"


def test_zip_file_on_disk_loads(tmp_path: Path) -> None:
    path = tmp_path / "sum-stdio.zip"
    path.write_bytes(make_zip(fixture_entries()))
    assert load_package(path).slug == "sum-stdio"


def test_zip_of_a_folder_named_otherwise_than_the_slug_is_refused() -> None:
    message = refusal(make_zip(fixture_entries(prefix="renamed/")))
    assert "problem.toml: slug: must equal the package folder's name 'renamed'" in message


def test_zip_with_parent_path_is_refused() -> None:
    message = refusal(make_zip([*fixture_entries(), ("sum-stdio/../evil.py", b"x")]))
    assert "path traversal" in message


def test_zip_with_absolute_path_is_refused() -> None:
    assert "absolute path" in refusal(make_zip([("/etc/cron.d/x", b"x")]))


def test_zip_with_windows_drive_is_refused() -> None:
    assert "absolute path" in refusal(make_zip([("C:/Windows/x", b"x")]))


def test_zip_with_backslash_in_a_name_is_refused() -> None:
    assert "backslash" in refusal(make_zip([("sum-stdio\\..\\evil.py", b"x")]))


def test_zip_with_dot_components_is_refused() -> None:
    assert "'.' component" in refusal(make_zip([("sum-stdio/./problem.toml", b"x")]))


def test_zip_with_a_symlink_is_refused() -> None:
    link = entry_of_type("sum-stdio/tests/01.in", stat.S_IFLNK)
    message = refusal(make_zip(fixture_entries()[:3], (link, b"/etc/passwd")))
    assert "symbolic links are not allowed" in message


@pytest.mark.parametrize("file_type", [stat.S_IFIFO, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFSOCK])
def test_zip_with_a_special_file_is_refused(file_type: int) -> None:
    special = entry_of_type("sum-stdio/tests/01.in", file_type)
    assert "only regular files" in refusal(make_zip([], (special, b"")))


def test_zip_with_duplicate_names_is_refused() -> None:
    entries = fixture_entries()
    assert "duplicate entry" in refusal(make_zip([*entries, entries[0]]))


def test_zip_with_names_differing_only_in_case_is_refused() -> None:
    message = refusal(make_zip([("p/tests/A.in", b"1"), ("p/tests/a.in", b"2")]))
    assert "differs only in case" in message


def test_zip_with_more_than_one_top_level_folder_is_refused() -> None:
    entries = [*fixture_entries(), ("other/problem.toml", b"")]
    assert "more than one top-level folder (other, sum-stdio)" in refusal(make_zip(entries))


def test_zip_without_problem_toml_at_its_top_is_refused() -> None:
    assert "no problem.toml" in refusal(make_zip([("notes.txt", b"x"), ("a/b.txt", b"y")]))


def test_macos_debris_and_hidden_files_are_ignored() -> None:
    entries = [
        *fixture_entries(),
        ("__MACOSX/sum-stdio/._problem.toml", b"\x00\x05"),
        ("sum-stdio/.DS_Store", b"\x00\x01"),
        ("sum-stdio/solutions/accepted/__pycache__/ref.cpython-311.pyc", b"\x00"),
    ]
    assert load_package_bytes(make_zip(entries), filename="mac.zip").slug == "sum-stdio"


def test_zip_with_too_many_entries_is_refused_before_parsing_them() -> None:
    entries = [(f"p/tests/{i}.in", b"") for i in range(5_001)]
    assert refusal(make_zip(entries)) == "upload.zip: more than 5000 entries"


def test_zip_whose_central_directory_is_too_large_is_refused() -> None:
    limits = ReadLimits(max_directory_bytes=2_000)
    entries = [(f"p/tests/{i:04}-{'x' * 40}.in", b"") for i in range(100)]
    assert "central directory too large" in refusal(make_zip(entries), limits)


def test_zip_bomb_is_refused_without_expanding_it_in_memory() -> None:
    buffer = io.BytesIO()
    zeros = bytes(MiB)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("p/tests/01.in", "w", force_zip64=True) as member,
    ):
        for _ in range(100):
            member.write(zeros)
    data = buffer.getvalue()
    assert len(data) < MiB
    tracemalloc.start()
    try:
        message = refusal(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "p/tests/01.in: larger than 16 MiB uncompressed" in message
    assert peak < 4 * MiB


def test_zip_over_the_total_expanded_size_is_refused() -> None:
    limits = ReadLimits(max_file_bytes=MiB, max_total_bytes=2 * MiB)
    entries = [(f"p/tests/{i}.in", bytes(MiB)) for i in range(3)]
    assert "larger than 2 MiB uncompressed in total" in refusal(make_zip(entries), limits)


def test_zip_whose_header_understates_a_size_is_refused() -> None:
    data = bytearray(make_zip([("p/problem.toml", b"x" * 5_000)]))
    # Shrink the declared uncompressed size in both the local and the central header.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(signature) + offset
        data[at : at + 4] = struct.pack("<L", 10)
    assert "cannot be decompressed" in refusal(bytes(data))


def test_encrypted_zip_entry_is_refused() -> None:
    data = bytearray(make_zip([("p/problem.toml", b"x")]))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(signature) + offset] |= 0x1  # the "encrypted" flag bit
    assert "encrypted" in refusal(bytes(data))


def test_zip_using_an_unsupported_compression_is_refused() -> None:
    info = zipfile.ZipInfo("p/problem.toml")
    info.compress_type = zipfile.ZIP_BZIP2
    assert "compression method not supported" in refusal(make_zip([], (info, b"x")))


def test_bytes_that_are_not_a_zip_are_refused() -> None:
    assert "upload.zip: not a zip archive" in refusal(b"definitely not a zip")


def test_archive_over_the_size_cap_is_refused() -> None:
    limits = ReadLimits(max_archive_bytes=1_000)
    assert "archive larger than" in refusal(make_zip(fixture_entries()), limits)


def test_folder_with_a_symlink_is_refused(package_copy) -> None:  # type: ignore[no-untyped-def]
    root = package_copy("sum-stdio")
    (root / "tests" / "04.in").symlink_to("/etc/passwd")
    with pytest.raises(PackageError, match="symbolic links are not allowed"):
        load_package(root)


def test_folder_with_a_symlinked_folder_is_refused(package_copy) -> None:  # type: ignore[no-untyped-def]
    root = package_copy("sum-stdio")
    (root / "solutions" / "extra").symlink_to(root.parent, target_is_directory=True)
    with pytest.raises(PackageError, match="symbolic links are not allowed"):
        load_package(root)


def test_folder_with_a_fifo_is_refused(package_copy) -> None:  # type: ignore[no-untyped-def]
    root = package_copy("sum-stdio")
    os.mkfifo(root / "tests" / "04.in")
    with pytest.raises(PackageError, match="only regular files"):
        load_package(root)


def test_folder_file_over_the_cap_is_refused(package_copy) -> None:  # type: ignore[no-untyped-def]
    root = package_copy("sum-stdio")
    (root / "tests" / "04.in").write_bytes(bytes(2_000))
    with pytest.raises(PackageError, match="larger than"):
        read_folder(root, limits=ReadLimits(max_file_bytes=1_000))


def test_zip_and_folder_hash_the_same_content() -> None:
    folder = read_folder(FIXTURES / "lru-design")
    archive = read_zip(make_zip(fixture_entries("lru-design")), archive_name="lru.zip")
    assert folder.files == archive.files
    assert folder.content_hash() == archive.content_hash()
