"""The Репутация section's commands: `import mentions`, `export mentions`, `query compile`,
`query test`, `report reputation` (and `report reputation-plan`). `cli` adds them to its parser and
runs them with its own database opening, messages in the user's language and exit codes.

A command about one brand takes `--client ID`; without it, a database with one client means that
client, and one with several is refused in words (the export and the tester then take every brand).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from smmdesk.domain.text import QT_TRANSLATE_NOOP

SEVERAL_CLIENTS = QT_TRANSLATE_NOOP(
    "Cli", "The database has {count} clients; say which one with --client (their numbers: {ids})."
)
NO_CLIENTS = QT_TRANSLATE_NOOP("Cli", "The database has no client yet; add the brand as a client first.")


def _date(text: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a date (2026-11-30 or 30.11.2026)")


def add_commands(commands: Any, importing: Any, exporting: Any, reporting: Any) -> None:
    """The section's subcommands on the main parser's groups."""
    mentions_in = importing.add_parser("mentions", help="a monitoring service's export (CSV or XLSX)")
    mentions_in.add_argument("file", type=Path)
    mentions_in.add_argument("--client", type=int, help="the brand's client number (default: the only one)")
    mentions_in.add_argument("--service", default="", help="the service, when the file does not say")
    mentions_in.add_argument(
        "--zone", help="the time zone of times written without one (default: the brand's)"
    )
    mentions_in.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    mentions_in.add_argument("--report", type=Path, help="write the per-row report (CSV) here")

    mentions_out = exporting.add_parser("mentions", help="the mentions, one row per mention")
    mentions_out.add_argument("--out", type=Path, required=True, help="FILE.csv or FILE.xlsx")
    mentions_out.add_argument("--client", type=int, help="one brand's mentions (default: every brand's)")
    mentions_out.add_argument(
        "--language", choices=["ru", "en"], help="the file's headers and words (default: the interface's)"
    )

    query = commands.add_parser("query", help="compile or test a monitoring query").add_subparsers(
        dest="what", metavar="WHAT", required=True
    )
    compiling = query.add_parser("compile", help="the query in a service's language, or the limits it breaks")
    compiling.add_argument("text", help='the query, e.g. "доставк* AND (курьер OR опоздал) NOT {вакансии}"')
    compiling.add_argument(
        "--service", required=True, help="Brandwatch, YouScan, Talkwalker, Brand Analytics, …"
    )
    compiling.add_argument("--client", type=int, help="the brand whose named lists {…} the query uses")
    testing = query.add_parser("test", help="how many imported mentions the query finds, and the first ones")
    testing.add_argument("text")
    testing.add_argument("--client", type=int, help="the brand (default: the only one)")
    testing.add_argument("--first", type=int, default=10, help="how many to print (default 10)")

    report = reporting.add_parser("reputation", help="a brand's reputation report (XLSX or PDF)")
    report.add_argument("client", type=int, help="the client's number")
    report.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.pdf")
    report.add_argument("--from", dest="start", type=_date, help="first day (2026-11-01)")
    report.add_argument("--to", dest="end", type=_date, help="last day (2026-11-30)")
    plan = reporting.add_parser("reputation-plan", help="a brand's reputation plan (XLSX or PDF)")
    plan.add_argument("client", type=int, help="the client's number")
    plan.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.pdf")
    for parser in (report, plan):
        parser.add_argument(
            "--language", choices=["ru", "en"], default="ru", help="the file's language (default ru)"
        )


def the_client(session: Any, chosen: int | None) -> int:
    """--client, or the only client of the database; a CliError in words otherwise."""
    from sqlalchemy import select

    from smmdesk.cli import CliError
    from smmdesk.i18n import translate
    from smmdesk.storage.models import Client

    if chosen is not None:
        return chosen
    ids = list(session.scalars(select(Client.id).order_by(Client.id)))
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise CliError(translate("Cli", NO_CLIENTS))
    shown = ", ".join(map(str, ids[:20])) + (", …" if len(ids) > 20 else "")
    raise CliError(translate("Cli", SEVERAL_CLIENTS).format(count=len(ids), ids=shown))


def import_mentions(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate
    from smmdesk.services.reputation import mention_import as imp
    from smmdesk.services.workspace import backup_now
    from smmdesk.ui.core.settings import UserSettings

    with headless_qt(args.lang), open_database(args, write=True) as db:
        with db.reading() as session:
            client = the_client(session, args.client)
        backup_now(db, "import", UserSettings().backups_kept)
        with db.transaction() as session:
            preview = imp.preview_import(
                session, client, args.file, service=args.service, zone=args.zone, sheet=args.sheet
            )
            result = imp.apply_import(session, preview)
        if args.report:
            imp.write_report(preview, args.report, translate)
        print(
            translate("Cli", "added {added}, same as before {same}, skipped {skipped}").format(
                added=result.added, same=result.same, skipped=result.skipped
            )
        )
    return EXIT_OK


def export_mentions(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate, translator_for
    from smmdesk.services.reputation.files import export_mentions as write

    with headless_qt(args.lang), open_database(args, write=False) as db:
        words = translator_for(args.language) if args.language else translate
        with db.reading() as session:
            count = write(session, args.client, args.out, words)
        print(translate("Cli", "{count} mentions written to {path}").format(count=count, path=args.out))
    return EXIT_OK


def query(args: argparse.Namespace) -> int:
    if args.what == "compile":
        return _compile(args)
    return _test(args)


def _compile(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_FAILED, EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate
    from smmdesk.services.reputation import library

    with headless_qt(args.lang):
        lists: Any = {}
        if "{" in args.text:
            with open_database(args, write=False) as db, db.reading() as session:
                lists = library.library(session, the_client(session, args.client))
        compiled = library.compile_text(args.text, args.service, lists)
        if not compiled.ok:
            print(translate("Cli", "{service} cannot take this query:").format(service=compiled.service))
            for limit in compiled.limits:
                print("  - " + limit.render(translate))
            return EXIT_FAILED
        print(compiled.text)
        if compiled.exclusions:
            print(translate("Cli", "Exclusions: {text}").format(text=compiled.exclusions))
    return EXIT_OK


def _test(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate
    from smmdesk.services.reputation import library

    with headless_qt(args.lang), open_database(args, write=False) as db, db.reading() as session:
        client = the_client(session, args.client)
        run = library.run_query(session, client, args.text)
        print(
            translate("Cli", "{count} of {total} mentions match").format(
                count=len(run.matched), total=run.total
            )
        )
        for ident, link, text in library.first_of(session, run.matched, max(0, args.first)):
            shown = " ".join(text.split())
            print(f"  {ident}. {link or '—'}  {shown[:100]}{'…' if len(shown) > 100 else ''}")
    return EXIT_OK


def report(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate, translator_for
    from smmdesk.services.reputation import files

    with headless_qt(args.lang, gui=True), open_database(args, write=False) as db:
        with db.reading() as session:
            words = translator_for(args.language)
            if args.what == "reputation":
                made = files.export_reputation_report(
                    session, args.client, args.out, args.start, args.end, words, args.language
                )
            else:
                made = files.export_reputation_plan(session, args.client, args.out, words, args.language)
        print(
            translate("Cli", "{title}: {tables} tables written to {path}").format(
                title=made.title, tables=len(made.tables), path=args.out
            )
        )
    return EXIT_OK
