"""The strategy's commands: `strategy new | staffing | check`, `import tasks | executors` and
`export strategy`. `cli.py` adds their arguments to its parser (`add_strategy_commands`,
`add_strategy_imports`, `add_strategy_export`) and hands them here; they open `--db` as every
other command does."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

EXPORT_SUFFIXES = (".pdf", ".xlsx", ".ics")


def _date(text: str | None) -> dt.date | None:
    """A day typed on the command line, 2026-12-01 or 01.12.2026; read once the user's language is
    set, so that a day that is not one («31.13.2026») is refused in it, not in argparse's English."""
    if text is None:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    from smmdesk.domain.errors import ValidationError
    from smmdesk.domain.text import QT_TRANSLATE_NOOP

    not_a_day = QT_TRANSLATE_NOOP("Errors", "«{text}» is not a date: write it as 01.12.2026 or 2026-12-01.")
    raise ValidationError(not_a_day, text=text)


def add_strategy_commands(commands: Any) -> None:
    strategy = commands.add_parser("strategy", help="a strategy: new, its staffing plan, its checkpoints")
    what = strategy.add_subparsers(dest="what", metavar="WHAT", required=True)
    new = what.add_parser(
        "new", help="a new strategy for a client (or the agency's own brand); prints its id"
    )
    new.add_argument("title")
    new.add_argument("--from", dest="period_from", required=True, help="the first day (2026-12-01)")
    new.add_argument("--to", dest="period_to", required=True, help="the last day (2026-12-31)")
    new.add_argument("--client", type=int, help="the client's number (default: the agency's own brand)")
    staffing = what.add_parser("staffing", help="role, ISO week, load, capacity, gap, people, cost")
    staffing.add_argument("id", type=int, help="the strategy's number")
    staffing.add_argument("--out", type=Path, help="write it to FILE.csv instead of printing it")
    checking = what.add_parser("check", help="evaluate the checkpoints due and print each result")
    checking.add_argument("id", type=int, help="the strategy's number")
    checking.add_argument("--on", help="the day to judge on, 2026-12-01 (default: today)")


def add_strategy_imports(importing: Any) -> None:
    for name, text in (("tasks", "a strategy's tasks"), ("executors", "a strategy's people")):
        sub = importing.add_parser(name, help=f"{text} (CSV or XLSX)")
        sub.add_argument("file", type=Path)
        sub.add_argument("--strategy", type=int, required=True, help="the strategy's number")
        sub.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")


def add_strategy_export(exporting: Any) -> None:
    out = exporting.add_parser("strategy", help="the strategy document for the client, or its calendar")
    out.add_argument("id", type=int, help="the strategy's number")
    out.add_argument("--out", type=Path, required=True, help="FILE.pdf, FILE.xlsx or FILE.ics")


def cmd_strategy(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate

    if args.what == "new":
        from smmdesk.services import strategy as st

        with headless_qt(args.lang), open_database(args, write=True) as db:
            with db.transaction() as session:
                first, last = _date(args.period_from), _date(args.period_to)
                assert first is not None and last is not None  # both required
                new_id = st.create_strategy(session, args.title, first, last, client_id=args.client)
            print(new_id)
        return EXIT_OK
    if args.what == "staffing":
        return _staffing(args)
    with headless_qt(args.lang), open_database(args, write=True) as db:
        from smmdesk.domain.strategy.control import RESULT_LABELS
        from smmdesk.services import strategy_control as ctl

        day = _date(args.on) or dt.date.today()
        if day > dt.date.today():  # a verdict is recorded: never from a day that has not come
            from smmdesk.domain.errors import ValidationError
            from smmdesk.domain.text import QT_TRANSLATE_NOOP

            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Checkpoints are judged on a day that has come: {day} is after today."
                ),
                day=f"{day:%d.%m.%Y}",
            )
        with db.transaction() as session:
            run = ctl.check(session, args.id, day)
        if not run.outcomes:
            print(translate("Cli", "No checkpoint is due by {day}.").format(day=f"{day:%d.%m.%Y}"))
        for outcome in run.outcomes:
            result = (
                translate("Strategy", RESULT_LABELS[outcome.verdict.result])
                if outcome.verdict is not None
                else translate("Cli", "waits for the planner's judgement")
            )
            figure = "" if outcome.value is None else f" ({_figure(outcome.value)})"
            print(
                translate("Cli", "{day} {title}: {result}{figure}").format(
                    day=f"{outcome.checkpoint.day:%d.%m.%Y}",
                    title=outcome.checkpoint.title,
                    result=result,
                    figure=figure,
                )
            )
    return EXIT_OK


def _figure(value: Any) -> str:
    from smmdesk.domain.money import format_figure

    return format_figure(value)


def _staffing(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate
    from smmdesk.io.strategy_files import staffing_rows, write_staffing_csv
    from smmdesk.services import strategy as st
    from smmdesk.services import strategy_state as state

    with headless_qt(args.lang), open_database(args, write=False) as db:
        with db.reading() as session:
            plan = state.staffing(session, st.latest_version(session, args.id))
        if args.out is not None:
            write_staffing_csv(args.out, plan, translate)
            short = sum(1 for row in plan.rows if row.gap)
            print(
                translate("Cli", "{rows} rows, {short} of them short, written to {path}").format(
                    rows=len(plan.rows), short=short, path=args.out
                )
            )
            return EXIT_OK
        from smmdesk.domain.report import numbers_for
        from smmdesk.i18n import resolve_language
        from smmdesk.ui.core.settings import UserSettings

        numbers = numbers_for(resolve_language(args.lang or UserSettings().language))
        for row in staffing_rows(plan, translate, numbers):
            print("\t".join(row))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate
    from smmdesk.services import strategy as st
    from smmdesk.services import strategy_import as imp
    from smmdesk.services.workspace import backup_now
    from smmdesk.ui.core.settings import UserSettings

    with headless_qt(args.lang), open_database(args, write=True) as db:
        backup_now(db, "import", UserSettings().backups_kept)
        with db.transaction() as session:
            version_id = st.latest_version(session, args.strategy)
            if args.what == "tasks":
                preview: Any = imp.preview_tasks(session, version_id, args.file, args.sheet)
                change = imp.import_tasks(session, version_id, preview)
            else:
                preview = imp.preview_executors(session, version_id, args.file, args.sheet)
                change = imp.import_executors(session, version_id, preview)
        for note in sorted((*preview.skipped, *preview.warnings), key=lambda n: n.row):  # in row order
            print(translate("Cli", "row {row}: {reason}").format(row=note.row, reason=note.render(translate)))
        print(_import_counts(args.what, change, len(preview.skipped), translate))
    return EXIT_OK


def _import_counts(what: str, change: Any, skipped: int, translate: Any) -> str:
    """The last line of an import: what it added, updated and skipped, the people a task sheet
    added counted apart from its tasks."""
    if what == "tasks":
        return translate(
            "Cli", "tasks added {added}, updated {updated}, skipped {skipped}; people added {people}"
        ).format(
            added=change.tasks_added,
            updated=len(change.updated),
            skipped=skipped,
            people=change.people_added,
        )
    return translate("Cli", "added {added}, updated {updated}, skipped {skipped}").format(
        added=change.people_added, updated=len(change.updated), skipped=skipped
    )


def cmd_export(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate, translator_for
    from smmdesk.services.strategy_document import export_strategy

    suffix = args.out.suffix.lower()
    with headless_qt(args.lang, gui=suffix == ".pdf"), open_database(args, write=False) as db:
        with db.reading() as session:
            title = export_strategy(session, args.id, args.out, translator_for("ru"))
        print(translate("Cli", "{title}: written to {path}").format(title=title, path=args.out))
    return EXIT_OK
