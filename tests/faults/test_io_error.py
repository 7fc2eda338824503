"""An input/output error, made for real: an LD_PRELOAD library (built with gcc for the test) makes
write() or fsync() of one file fail with EIO inside a real smmdesk process, as a failing disk does.
The person is told in words that the disk failed; the earlier files stay byte for byte, a report of
two files writes both or neither, and the message promises an unchanged earlier file only when there
was one."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import digest
from faults_support import eio_shim, smmdesk_with_eio

from smmdesk.io.atomic import leftovers

EIO_WORDS = "ошибке ввода-вывода"
UNCHANGED = "прежний файл не изменён"


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return eio_shim(tmp_path_factory.mktemp("shim"))


def _report(db: Path, home: Path, shim: Path, part: str, calls: str, *outs: Path):
    args = ["--lang", "ru", "--db", str(db), "report", "campaign", "1"]
    for out in outs:
        args += ["--out", str(out)]
    return smmdesk_with_eio(*args, home=home, shim=shim, path_part=part, calls=calls)


@pytest.mark.parametrize("calls", ["write", "fsync"])
def test_a_failing_disk_under_a_new_report_is_told_in_words_and_leaves_nothing(
    demo_path, tmp_path, shim, calls
) -> None:
    xlsx, pdf = tmp_path / "отчёт.xlsx", tmp_path / "отчёт.pdf"
    done = _report(demo_path, tmp_path, shim, ".pdf", calls, xlsx, pdf)
    print(f"fault: EIO from {calls}() of the PDF through LD_PRELOAD; stderr: {done.stderr.strip()}")
    assert done.returncode == 1
    assert EIO_WORDS in done.stderr and "отчёт.pdf" in done.stderr
    assert UNCHANGED not in done.stderr  # there was no earlier file to be unchanged
    assert len(done.stderr.strip().splitlines()) == 1  # the message alone: the log line goes to the log file
    assert not xlsx.exists() and not pdf.exists()  # all or none: the XLSX written first is not left
    assert not leftovers(xlsx) and not leftovers(pdf)


def test_a_failing_disk_under_an_earlier_report_keeps_both_files(demo_path, tmp_path, shim) -> None:
    xlsx, pdf = tmp_path / "отчёт.xlsx", tmp_path / "отчёт.pdf"
    xlsx.write_bytes(b"the earlier XLSX")
    pdf.write_bytes(b"the earlier PDF")
    before = digest(xlsx), digest(pdf)
    done = _report(demo_path, tmp_path, shim, "отчёт.xlsx", "write", xlsx, pdf)
    assert done.returncode == 1
    assert EIO_WORDS in done.stderr and UNCHANGED in done.stderr and "Traceback" not in done.stderr
    assert (digest(xlsx), digest(pdf)) == before
    assert not leftovers(xlsx) and not leftovers(pdf)


def test_without_the_fault_the_same_command_writes_both(demo_path, tmp_path, shim) -> None:
    """The library itself does not break a sound write: the failures above are the EIO's."""
    xlsx, pdf = tmp_path / "отчёт.xlsx", tmp_path / "отчёт.pdf"
    done = _report(demo_path, tmp_path, shim, "nothing-matches-this", "write,fsync", xlsx, pdf)
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
