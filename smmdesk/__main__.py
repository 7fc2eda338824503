"""`python -m smmdesk` and the frozen bundle's entry point."""

from __future__ import annotations

import os
import sys


def _persistent_matplotlib_cache() -> None:
    """Frozen, PyInstaller points matplotlib at a new temporary folder at every start, so its font
    cache would be rebuilt each time (seconds); the user's cache folder keeps it between starts.
    Set before matplotlib is first imported (it is imported only when a chart is made)."""
    if getattr(sys, "frozen", False):
        from smmdesk.locations import cache_dir

        folder = cache_dir() / "matplotlib"
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = str(folder)


def main(argv: list[str] | None = None) -> int:
    _persistent_matplotlib_cache()
    from smmdesk.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
