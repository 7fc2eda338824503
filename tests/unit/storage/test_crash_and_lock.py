"""A program killed mid-write loses nothing committed; a second program is kept out; a stale lock is not."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import hold_lock

from smmdesk.filelock import DatabaseLock
from smmdesk.storage.backup import check_file
from smmdesk.storage.database import open_database
from smmdesk.storage.models import Setting

pytestmark = pytest.mark.file_only  # backups, the lock, damage and WAL belong to a file

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from smmdesk.storage.database import open_database
    from smmdesk.storage.models import Setting

    db = open_database(Path(sys.argv[1]))
    i = 0
    while True:
        with db.transaction() as session:
            session.add(Setting(key=f"row.{i}", value="x" * 300))
            session.add(Setting(key=f"pair.{i}", value=str(i)))
        print(i, flush=True)
        i += 1
    """
)


def spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )


def test_sigkill_in_a_stream_of_writes_keeps_every_committed_row(db_path: Path) -> None:
    open_database(db_path).close()
    writer = spawn(WRITER, str(db_path))
    assert writer.stdout is not None
    acknowledged = [int(writer.stdout.readline()) for _ in range(300)]
    writer.kill()  # SIGKILL: no cleanup, no checkpoint, a transaction may be half written
    writer.wait()
    assert check_file(db_path, full=True) is None
    db = open_database(db_path)
    try:
        with db.reading() as session:
            rows = {s.key: s.value for s in session.query(Setting).filter(Setting.key.like("pair.%"))}
            rows_x = session.query(Setting).filter(Setting.key.like("row.%")).count()
    finally:
        db.close()
    assert all(rows.get(f"pair.{i}") == str(i) for i in acknowledged)
    # Each transaction wrote a pair; a half transaction would show as an odd row out.
    assert rows_x == len(rows)


def test_a_second_program_is_refused_the_lock_and_told_who_holds_it(db_path: Path) -> None:
    holder = hold_lock(db_path)
    try:
        lock = DatabaseLock(db_path)
        assert not lock.acquire()
        who = lock.holder()
        assert who is not None and who.pid == holder.pid
    finally:
        holder.kill()
        holder.wait()


def test_a_stale_lock_from_a_crashed_program_does_not_block(db_path: Path) -> None:
    holder = hold_lock(db_path)
    holder.kill()
    holder.wait()
    assert Path(str(db_path) + ".lock").exists()
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    lock.release()
    assert not Path(str(db_path) + ".lock").exists()
