"""The `contest` (the draw and its protocol's check), `report` and `query` commands; the Репутация
section's reports and queries are handed to `cli_reputation`."""

from __future__ import annotations

import argparse

from smmdesk.cli_support import EXIT_FAILED, EXIT_OK, headless_qt, open_database


def _cmd_contest(args: argparse.Namespace) -> int:
    from smmdesk.domain.plural import fill
    from smmdesk.i18n import translate

    if args.what == "verify":
        from smmdesk.services.contest_protocol import verify_protocol

        with headless_qt(args.lang):
            check = verify_protocol(args.protocol, args.list)
            if check.matches:
                print(translate("Cli", "The protocol verifies: the draw gives the same winners."))
                return EXIT_OK
            print(translate("Cli", "The protocol does not verify:"))
            for difference in check.messages(translate):
                print("  - " + difference)
            return EXIT_FAILED
    from smmdesk.services import contests as svc

    with headless_qt(args.lang), open_database(args, write=True) as db:
        with db.transaction() as session:
            svc.run_draw(session, args.id, args.seed, args.reason)
        with db.reading() as session:
            info = svc.load_contest(session, args.id)
            winners = svc.winners_with_prizes(info)
        assert info.draw is not None
        print(
            fill(
                translate("Cli", "Drawn from {count:participant|participants}, list hash {hash}:"),
                count=info.draw.participants,
                hash=info.draw.list_hash,
            )
        )
        for place, winner, prize in winners:
            print(f"  {place}. {winner} — {prize.name}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    if args.what in ("reputation", "reputation-plan"):
        from smmdesk.cli_reputation import report

        return report(args)
    from smmdesk.i18n import translate
    from smmdesk.services.report import export_campaign_report

    with headless_qt(args.lang, gui=True), open_database(args, write=False) as db:
        with db.reading() as session:
            made = export_campaign_report(session, args.id, args.out, args.with_fee_and_vat)
        print(
            translate("Cli", "{title}: {tables} tables and {charts} charts written to {path}").format(
                title=made.title,
                tables=len(made.tables),
                charts=len(made.pictures),
                path=", ".join(map(str, args.out)),
            )
        )
    return EXIT_OK


def _cmd_query(args: argparse.Namespace) -> int:
    from smmdesk.cli_reputation import query

    return query(args)
