"""The log file rotates instead of growing without end."""

from __future__ import annotations

import logging
from pathlib import Path

from smmdesk.logs import current_log_path, setup_logging


def test_log_rotates(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    try:
        assert current_log_path() == path
        log = logging.getLogger("smmdesk.db")
        for i in range(3000):
            log.info("line %d %s", i, "ж" * 400)
        rotated = sorted(p.name for p in path.parent.iterdir())
        assert rotated[:2] == ["smmdesk.log", "smmdesk.log.1"]
        assert len(rotated) <= 6
        assert path.stat().st_size <= 1_000_000
    finally:
        for handler in list(logging.getLogger("smmdesk").handlers):
            logging.getLogger("smmdesk").removeHandler(handler)
            handler.close()
