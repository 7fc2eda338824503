"""Command line: the GUI by default, and headless commands (demo, self-test, import, export, draw,
reports, the Репутация section's queries: `cli_reputation`).

This module is the entry point with the parser; the commands live beside it, and it gives their callers
the shared names of `cli_support`:
- `cli_support`: exit codes, the headless Qt, the --db opened and locked, CliError
- `cli_demo`: demo, self-test
- `cli_exchange`: import, export
- `cli_reports`: contest, report, query
- `cli_server`: save-copy, upload
- `cli_strategy`, `cli_reputation`, `cli_reviews`: the strategy's, the Репутация section's and the
  review campaigns' commands
"""

# ruff: noqa: F401 - the names of cli_support imported here are ones this module gives its callers

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from smmdesk import cli_strategy
from smmdesk.cli_demo import _cmd_demo, _cmd_self_test
from smmdesk.cli_exchange import _cmd_export, _cmd_import
from smmdesk.cli_reports import _cmd_contest, _cmd_query, _cmd_report
from smmdesk.cli_reviews import cmd_reviews as _cmd_reviews
from smmdesk.cli_server import _cmd_save_copy, _cmd_upload
from smmdesk.cli_support import (
    EXIT_FAILED,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    fail,
    headless_qt,
    open_database,
    take_lock,
)
from smmdesk.version import __version__


def _count_of_at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smmdesk",
        description="The workplace of an SMM / influencer-marketing planner. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"smmdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="database file to open (default: the one in the data folder), or a server's URL "
        "such as postgresql+psycopg://user@host/db (the password from the keychain or .pgpass)",
    )
    parser.add_argument(
        "--upgrade-schema",
        action="store_true",
        help="upgrade an older server database to this version's schema (for the whole team)",
    )
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo database")
    parser.add_argument(
        "--lang", choices=["ru", "en"], help="interface language (default: the setting, else the system's)"
    )
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a demo database full of realistic data")
    demo.add_argument("path", help="a new file, or the URL of an empty server database")
    demo.add_argument(
        "--influencers",
        type=_count_of_at_least_one,
        default=None,
        help="how many influencers (default: a few hundred)",
    )
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")

    selftest = commands.add_parser("self-test", help="check that this installation works; exit 0 or 1")
    selftest.add_argument("--report", type=Path, help="write the report as JSON to this file")

    importing = commands.add_parser("import", help="import a file into the database").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    influencers_in = importing.add_parser("influencers", help="an influencer list (CSV or XLSX)")
    influencers_in.add_argument("file", type=Path)
    influencers_in.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    influencers_in.add_argument("--report", type=Path, help="write the per-row report (CSV) here")
    cli_strategy.add_strategy_imports(importing)

    exporting = commands.add_parser("export", help="export from the database").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    influencers_out = exporting.add_parser("influencers", help="the influencer base, one row per account")
    influencers_out.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.csv")
    estimate_out = exporting.add_parser("estimate", help="an estimate for the client")
    estimate_out.add_argument("id", type=int, help="the estimate's number")
    estimate_out.add_argument("--version", type=int, help="the version (default: the latest)")
    estimate_out.add_argument("--out", type=Path, required=True, help="FILE.xlsx, FILE.pdf or FILE.csv")

    contest_out = exporting.add_parser("contest", help="the protocol of a contest's draw")
    contest_out.add_argument("id", type=int, help="the contest's number")
    contest_out.add_argument("--out", type=Path, required=True, help="PROTOCOL.xlsx or PROTOCOL.pdf")
    cli_strategy.add_strategy_export(exporting)
    cli_strategy.add_strategy_commands(commands)

    contest = commands.add_parser("contest", help="draw a contest or verify a protocol").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    drawing = contest.add_parser("draw", help="draw the winners by RULES.md")
    drawing.add_argument("id", type=int, help="the contest's number")
    drawing.add_argument("--seed", required=True, help="the seed announced before the draw")
    drawing.add_argument("--reason", default="", help="why the contest is drawn again (for a redraw)")
    verifying = contest.add_parser("verify", help="recompute a draw from its protocol: exit 0 if it matches")
    verifying.add_argument("protocol", type=Path, help="PROTOCOL.xlsx")
    verifying.add_argument(
        "--list", type=Path, help="the participants, one per line, when the protocol hides them"
    )

    saving = commands.add_parser("save-copy", help="write the --db database (a server's) into a new file")
    saving.add_argument("target", type=Path, help="a new FILE.smmdesk")
    uploading = commands.add_parser("upload", help="copy a file's whole work into an empty server database")
    uploading.add_argument("file", type=Path, help="the database file")
    uploading.add_argument("url", help="the server database, e.g. postgresql+psycopg://user@host/db")

    reporting = commands.add_parser("report", help="a report for the client").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    campaign_report = reporting.add_parser("campaign", help="a campaign's KPIs, publications and charts")
    campaign_report.add_argument("id", type=int, help="the campaign's number")
    campaign_report.add_argument(
        "--out", type=Path, required=True, action="append", help="FILE.xlsx or FILE.pdf (may be given twice)"
    )
    campaign_report.add_argument(
        "--with-fee-and-vat", action="store_true", help="costs with the agency fee and VAT (default: without)"
    )
    from smmdesk import cli_reviews
    from smmdesk.cli_reputation import add_commands

    add_commands(commands, importing, exporting, reporting)
    cli_reviews.add_commands(commands, importing)
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _cmd_demo,
    "self-test": _cmd_self_test,
    "import": _cmd_import,
    "export": _cmd_export,
    "report": _cmd_report,
    "contest": _cmd_contest,
    "strategy": cli_strategy.cmd_strategy,
    "save-copy": _cmd_save_copy,
    "upload": _cmd_upload,
    "query": _cmd_query,
    "reviews": _cmd_reviews,
}


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from smmdesk.app import run_gui

        return run_gui(args.db, demo=args.demo, language=args.lang, quit_after_paint=args.quit_after_paint)
    from smmdesk.domain.errors import SmmError

    try:
        return COMMANDS[args.command](args)
    except CliError as exc:
        return fail(str(exc), exc.code)
    except SmmError as exc:
        from smmdesk.i18n import error_text

        return fail(error_text(exc))
