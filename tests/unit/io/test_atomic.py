"""The one atomic writer: the earlier file survives every failure, and a failure is told in words."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from smmdesk.domain.errors import FileWriteError
from smmdesk.io.atomic import atomic_output, leftovers


def test_written_file_replaces_the_earlier_one(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", "utf-8")
    with atomic_output(target) as temp:
        assert temp.parent == tmp_path and temp.suffix == ".csv" and temp != target
        temp.write_text("new", "utf-8")
    assert target.read_text("utf-8") == "new"
    assert leftovers(target) == []


def test_a_writer_that_fails_leaves_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"earlier bytes")
    with pytest.raises(FileWriteError) as caught:
        with atomic_output(target) as temp:
            temp.write_bytes(b"half")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_bytes() == b"earlier bytes"
    assert "no space left on the disk" in str(caught.value)
    assert leftovers(target) == []


@pytest.mark.parametrize(
    ("name", "content"),
    [("cut.xlsx", b"PK\x03\x04 cut short"), ("cut.pdf", b"%PDF-1.4 no end"), ("empty.csv", b"")],
)
def test_a_file_that_does_not_open_as_its_type_is_not_put_in_place(
    tmp_path: Path, name: str, content: bytes
) -> None:
    target = tmp_path / name
    target.write_bytes(b"earlier")
    with pytest.raises(FileWriteError, match="was not written"):
        with atomic_output(target) as temp:
            temp.write_bytes(content)
    assert target.read_bytes() == b"earlier"


def test_leftovers_of_a_killed_write_are_cleared_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    stale = tmp_path / ".report.pdf.~smmdesk-999-abcdef.pdf"
    stale.write_bytes(b"%PDF-half")
    with atomic_output(target, check=lambda p: None) as temp:
        temp.write_bytes(b"x")
    assert not stale.exists() and target.read_bytes() == b"x"


def test_files_written_together_replace_their_earlier_ones_only_once_all_are_written(
    tmp_path: Path,
) -> None:
    from smmdesk.io.atomic import replaced_together, write_bytes_atomically

    first, second = tmp_path / "report.csv", tmp_path / "report.json"
    first.write_text("earlier csv", "utf-8")
    second.write_text("earlier json", "utf-8")
    with pytest.raises(KeyboardInterrupt):  # a cancel (or anything) after the first file was written
        with replaced_together():
            write_bytes_atomically(first, b"new csv")
            assert first.read_text("utf-8") == "earlier csv"  # written and checked, not yet in place
            raise KeyboardInterrupt
    assert (first.read_text("utf-8"), second.read_text("utf-8")) == ("earlier csv", "earlier json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv", "report.json"]

    with replaced_together():
        write_bytes_atomically(first, b"new csv")
        write_bytes_atomically(second, b'{"new": 1}')
    assert (first.read_text("utf-8"), second.read_text("utf-8")) == ("new csv", '{"new": 1}')
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv", "report.json"]


def test_a_rename_refused_half_way_through_a_group_puts_back_the_files_already_replaced(
    tmp_path: Path,
) -> None:
    from smmdesk.io.atomic import replaced_together, write_bytes_atomically

    first, fresh, refused = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    first.write_text("earlier a", "utf-8")
    refused.mkdir()  # a folder of that name, not empty: the rename over it fails for real
    (refused / "inside.txt").write_text("keep", "utf-8")
    with pytest.raises(FileWriteError) as caught:
        with replaced_together():
            for target in (first, fresh, refused):
                write_bytes_atomically(target, b"new")
    assert first.read_text("utf-8") == "earlier a"  # replaced, then put back
    assert not fresh.exists()  # there was no b.csv before the group: none after it
    assert (refused / "inside.txt").read_text("utf-8") == "keep"
    assert "c.csv" in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "c.csv"]  # no temporary file left


def test_a_group_inside_a_group_is_one_group(tmp_path: Path) -> None:
    from smmdesk.io.atomic import replaced_together, write_bytes_atomically

    inner, outer = tmp_path / "inner.csv", tmp_path / "outer.csv"
    with pytest.raises(FileWriteError):
        with replaced_together():
            with replaced_together():
                write_bytes_atomically(inner, b"inner")
            assert not inner.exists()  # waits for the outer group
            with atomic_output(outer):
                pass  # writes nothing: the outer group fails
    assert not inner.exists() and not outer.exists()


def test_the_message_promises_an_unchanged_earlier_file_only_when_there_was_one(tmp_path: Path) -> None:
    from smmdesk.i18n import error_text

    messages = []
    for name, earlier in (("new.csv", None), ("old.csv", b"earlier")):
        target = tmp_path / name
        if earlier is not None:
            target.write_bytes(earlier)
        with pytest.raises(FileWriteError) as caught:
            with atomic_output(target) as temp:
                temp.write_bytes(b"x")
                raise OSError(errno.EIO, "Input/output error")
        messages.append(error_text(caught.value))
    assert "earlier file" not in messages[0] and "input/output error" in messages[0]
    assert "the earlier file is unchanged" in messages[1]
