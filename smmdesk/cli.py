"""Command line: the GUI by default, and headless commands (demo, self-test, import, export, draw)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from smmdesk.version import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smmdesk",
        description="The workplace of an SMM / influencer-marketing planner. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"smmdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file to open (default: the one in the data folder)"
    )
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo database")
    parser.add_argument(
        "--lang", choices=["ru", "en"], help="interface language (default: the setting, else the system's)"
    )
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a demo database full of realistic data")
    demo.add_argument("path", type=Path)
    demo.add_argument(
        "--influencers", type=int, default=None, help="how many influencers (default: a few hundred)"
    )
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")

    selftest = commands.add_parser("self-test", help="check that this installation works; exit 0 or 1")
    selftest.add_argument("--report", type=Path, help="write the report as JSON to this file")
    return parser


def _ensure_headless_platform() -> None:
    # Headless commands that draw (PDF, charts) need a Qt platform even with no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@contextmanager
def headless_qt(language: str | None, gui: bool = False) -> Iterator[Any]:
    """A Qt application object for translations (and, with gui=True, fonts for PDF output)."""
    from PySide6.QtCore import QCoreApplication

    from smmdesk import locations
    from smmdesk.i18n import install_translations, resolve_language
    from smmdesk.ui.core.settings import UserSettings

    locations.set_identity()
    app = QCoreApplication.instance()
    if app is None:
        if gui:
            _ensure_headless_platform()
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication([sys.argv[0]])
        else:
            app = QCoreApplication([sys.argv[0]])
    install_translations(resolve_language(language or UserSettings().language))
    yield app


def fail(message: str, code: int = EXIT_FAILED) -> int:
    print(message, file=sys.stderr)
    return code


def _cmd_demo(args: argparse.Namespace) -> int:
    from smmdesk.services.demo import write_demo

    with headless_qt(args.lang):
        from smmdesk.i18n import translate

        if args.path.exists() and not args.force:
            return fail(
                translate("Cli", "{path} exists; add --force to replace it.").format(path=args.path),
                EXIT_USAGE,
            )
        counts = write_demo(args.path, influencers=args.influencers, replace=args.force)
        summary = ", ".join(f"{name} {count}" for name, count in counts.items())
        print(
            translate("Cli", "Demo database written: {path} ({summary})").format(
                path=args.path, summary=summary
            )
        )
    return EXIT_OK


def _cmd_self_test(args: argparse.Namespace) -> int:
    from smmdesk.selftest import run_self_test

    with headless_qt(args.lang, gui=True):
        return run_self_test(args.report)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "self-test": _cmd_self_test,
}


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from smmdesk.app import run_gui

        return run_gui(args.db, demo=args.demo, language=args.lang, quit_after_paint=args.quit_after_paint)
    return COMMANDS[args.command](args)
