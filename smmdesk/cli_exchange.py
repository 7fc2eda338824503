"""The `import` and `export` commands: influencers and estimates read into the --db, an estimate or a
contest's protocol written out."""

from __future__ import annotations

import argparse

from smmdesk import cli_strategy
from smmdesk.cli_support import EXIT_OK, headless_qt, open_database


def _cmd_import(args: argparse.Namespace) -> int:
    if args.what in ("tasks", "executors"):
        return cli_strategy.cmd_import(args)
    if args.what == "mentions":
        from smmdesk.cli_reputation import import_mentions

        return import_mentions(args)
    if args.what in ("customers", "survey", "outcomes"):
        from smmdesk import cli_reviews

        commands = {"customers": cli_reviews.import_customers, "survey": cli_reviews.import_survey,
                    "outcomes": cli_reviews.import_outcomes}  # fmt: skip
        return commands[args.what](args)
    from smmdesk.i18n import translate
    from smmdesk.services import influencer_import as imp
    from smmdesk.services.workspace import backup_before_import
    from smmdesk.ui.core.settings import UserSettings

    with headless_qt(args.lang), open_database(args, write=True, create=True) as db:
        table = imp.open_file(args.file, args.sheet)
        backup_before_import(db, UserSettings().backups_kept)  # the backup the window's import makes
        with db.transaction() as session:
            plan = imp.plan_import(session, table)
            result = imp.apply_import(session, plan)
        for conflict in plan.conflicts:
            kept, other = (
                (conflict.incoming, conflict.current)
                if conflict.take_incoming
                else (conflict.current, conflict.incoming)
            )
            print(
                translate(
                    "Cli", "conflict: {platform}/{handle} {field}: kept “{kept}”, not “{other}” (rows {rows})"
                ).format(
                    platform=conflict.platform,
                    handle=conflict.handle,
                    field=conflict.field,
                    kept=kept,
                    other=other,
                    rows=", ".join(map(str, conflict.rows)),
                )
            )
        if args.report:
            imp.write_report(plan, args.report, translate)
        print(
            translate("Cli", "added {added}, updated {updated}, skipped {skipped}").format(
                added=result.added, updated=result.updated, skipped=result.skipped
            )
        )
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    if args.what == "strategy":
        return cli_strategy.cmd_export(args)
    if args.what == "estimate":
        return _export_estimate(args)
    if args.what == "contest":
        return _export_contest(args)
    if args.what == "mentions":
        from smmdesk.cli_reputation import export_mentions

        return export_mentions(args)
    from smmdesk.domain.influencer_table import FilterSpec
    from smmdesk.i18n import translate
    from smmdesk.services import influencers as svc
    from smmdesk.services.influencer_details import load_export_details
    from smmdesk.services.influencer_export import export_influencers
    from smmdesk.services.influencer_import import format_titles

    with headless_qt(args.lang), open_database(args, write=False) as db:
        with db.reading() as session:
            table = svc.load_table(session)
            titles = format_titles(session)
            platform_titles = dict(svc.platforms(session))
            details = load_export_details(session)
        indices = table.matching(FilterSpec())
        written = export_influencers(
            args.out, table, indices, titles, platform_titles, translate, details=details
        )
        print(
            translate("Cli", "{count} accounts written to {path}").format(count=written.count, path=args.out)
        )
        for row, column in written.cut:
            print(
                translate(
                    "Cli", "row {row}, {column}: longer than a cell holds, cut (the base keeps it whole)"
                ).format(row=row, column=column)
            )
    return EXIT_OK


def _export_estimate(args: argparse.Namespace) -> int:
    from smmdesk.domain.money import format_money
    from smmdesk.i18n import translate
    from smmdesk.services import estimates as est
    from smmdesk.services.estimate_export import export_version

    pdf = args.out.suffix.lower() == ".pdf"
    with headless_qt(args.lang, gui=pdf), open_database(args, write=False) as db:
        with db.reading() as session:
            if args.version is None:
                version_id = est.latest_version(session, args.id)
            else:
                version_id = est.version_by_number(session, args.id, args.version)
            version = export_version(session, version_id, args.out)
        print(
            translate("Cli", "Estimate {id}, version {number}: total {total}, written to {path}").format(
                id=args.id, number=version.number, total=format_money(version.totals.total), path=args.out
            )
        )
    return EXIT_OK


def _export_contest(args: argparse.Namespace) -> int:
    from smmdesk.i18n import translate
    from smmdesk.services.contest_protocol import export_protocol

    with (
        headless_qt(args.lang, gui=args.out.suffix.lower() == ".pdf"),
        open_database(args, write=False) as db,
    ):
        with db.reading() as session:
            data = export_protocol(session, args.id, args.out)
        print(translate("Cli", "{title}: written to {path}").format(title=data.title, path=args.out))
    return EXIT_OK
