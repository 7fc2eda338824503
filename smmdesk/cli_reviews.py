"""Review campaigns' commands: `reviews new`, `reviews wave`, `reviews erase`, `import customers`,
`import survey`, `import outcomes`.
`cli` adds them to its parser and runs them with its own database opening, messages in the user's
language and exit codes.

`reviews new` needs only the title and the client: the rest has defaults a planner would choose
(Яндекс Карты, SMS three days after the purchase, the invitation in the interface's language with
the brand as the sender, short links under the brand's site named by the client's e-mail domain),
each of which an option changes.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from smmdesk.domain.text import QT_TRANSLATE_NOOP

NO_LINK = QT_TRANSLATE_NOOP(
    "Cli",
    "Say where the short links live with --link (for example https://zerno.ru/r/): the brand's site "
    "cannot be told from the client's e-mail (none, or one at a public mail service).",
)
NO_CONSENT_COLUMN = QT_TRANSLATE_NOOP(
    "Cli", "The file has no consent column: nobody of it gets a request until their consent is recorded."
)


def _page(text: str) -> tuple[Any, str]:
    """«yandex_maps=https://…» → (the platform, the page); a usage mistake otherwise."""
    from smmdesk.domain.reviews.campaign import ReviewPlatform

    platform, _, page = text.partition("=")
    try:
        chosen = ReviewPlatform(platform.strip())
    except ValueError:
        names = ", ".join(p.value for p in ReviewPlatform)
        raise argparse.ArgumentTypeError(f"{platform!r}: one of {names}") from None
    if not page.strip().startswith(("https://", "http://")):
        raise argparse.ArgumentTypeError(f"{page!r}: a web address, https://…")
    return chosen, page.strip()


def _date(text: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a date (2026-12-05 or 05.12.2026)")


def add_commands(commands: Any, importing: Any) -> None:
    """The commands on the main parser's groups."""
    from smmdesk.domain.reviews.campaign import Channel, ReviewPlatform, TriggerEvent

    reviews = commands.add_parser("reviews", help="review campaigns: create one, prepare its next wave")
    what = reviews.add_subparsers(dest="what", metavar="WHAT", required=True)
    new = what.add_parser("new", help="a review campaign for a brand; prints its number")
    new.add_argument("title")
    new.add_argument("--client", type=int, required=True, help="the brand's client number")
    new.add_argument(
        "--platform", action="append", choices=[p.value for p in ReviewPlatform],
        help="where reviews are asked for (may be given several times; default yandex_maps)",
    )  # fmt: skip
    new.add_argument("--channel", choices=[c.value for c in Channel], default=Channel.SMS.value)
    new.add_argument("--after", choices=[e.value for e in TriggerEvent], default=TriggerEvent.PURCHASE.value)
    new.add_argument("--days", type=int, default=3, help="days after the purchase or service (default 3)")
    new.add_argument("--reminder", type=int, action="append", default=[], help="days after the first request")
    new.add_argument("--link", help="the base of the short links, e.g. https://zerno.ru/r/")
    new.add_argument("--sender", help="who is asking (default: the client's name)")
    new.add_argument("--subject", help="about what; may use {order}, {date}, {name}")
    new.add_argument("--where", help="where the review will appear")
    new.add_argument("--shown", help="what will be shown")
    new.add_argument("--opt-out", help="the opt-out line")
    new.add_argument("--incentive", default="", help="an offer for answering (private surveys only)")
    new.add_argument(
        "--page", action="append", default=[], metavar="PLATFORM=URL", type=_page,
        help="the brand's page a platform's short links lead to, e.g. yandex_maps=https://yandex.ru/maps/org/…",
    )  # fmt: skip
    wave = what.add_parser("wave", help="prepare the campaign's next wave and write it (CSV or QR-code PDF)")
    wave.add_argument("campaign", type=int, help="the campaign's number")
    wave.add_argument("--out", type=Path, required=True, help="FILE.csv (SMS or mail service) or FILE.pdf")
    wave.add_argument("--date", type=_date, help="the day the wave goes (default: today)")
    wave.add_argument("--log", type=Path, help="also write the wave's compliance log (CSV) here")
    wave.add_argument(
        "--again",
        type=int,
        metavar="N",
        help="write the already prepared wave N again (nobody is asked twice)",
    )
    erase = what.add_parser("erase", help="finish the campaign and erase its customers (the figures stay)")
    erase.add_argument("campaign", type=int, help="the campaign's number")
    erase.add_argument("--date", type=_date, help="the day it finishes (default: today)")

    customers = importing.add_parser("customers", help="a campaign's customers (CSV or XLSX)")
    customers.add_argument("file", type=Path)
    customers.add_argument("--campaign", type=int, required=True, help="the review campaign's number")
    customers.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    customers.add_argument("--report", type=Path, help="write the per-row report (CSV) here")
    survey = importing.add_parser("survey", help="a survey service's export of NPS and CSAT answers")
    survey.add_argument("file", type=Path)
    survey.add_argument("--campaign", type=int, required=True, help="the review campaign's number")
    survey.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    came_back = importing.add_parser("outcomes", help="what came back: delivered, clicked, reviews left")
    came_back.add_argument("file", type=Path)
    came_back.add_argument("--campaign", type=int, required=True, help="the review campaign's number")
    came_back.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    came_back.add_argument("--date", type=_date, help="the day it is read: no review after it")


def cmd_reviews(args: argparse.Namespace) -> int:
    return {"new": _new, "wave": _wave, "erase": _erase}[args.what](args)


def campaign_from(args: argparse.Namespace, session: Any) -> Any:
    """The campaign the options describe, with the defaults for what they leave out."""
    from smmdesk.cli import CliError
    from smmdesk.domain.reviews.campaign import Channel, ReviewPlatform, TriggerEvent
    from smmdesk.i18n import translate
    from smmdesk.services.reviews.defaults import default_campaign, site_link
    from smmdesk.storage.models import Client

    link = args.link or site_link(session, args.client)
    if not link and session.get(Client, args.client) is not None:
        raise CliError(translate("Cli", NO_LINK))
    return default_campaign(
        session, args.client, args.title, translate,
        platforms=[ReviewPlatform(p) for p in args.platform or ["yandex_maps"]],
        channel=Channel(args.channel), event=TriggerEvent(args.after), days=args.days,
        reminders=args.reminder,
        link=link, sender=args.sender or "", subject=args.subject or "", where=args.where or "",
        shown=args.shown or "", opt_out=args.opt_out or "", incentive=args.incentive,
        pages=dict(args.page),
    )  # fmt: skip


def _new(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.services.reviews import campaigns

    with headless_qt(args.lang), open_database(args, write=True) as db, db.transaction() as session:
        ident = campaigns.create_campaign(session, args.client, campaign_from(args, session))
    print(ident)
    return EXIT_OK


def _wave(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate
    from smmdesk.services.reviews import waves

    pdf = args.out.suffix.lower() == ".pdf"
    again = args.again is not None  # a wave written again only reads the file
    with headless_qt(args.lang, gui=pdf), open_database(args, write=not again) as db:
        if args.out.suffix.lower() not in (".csv", ".pdf"):
            from smmdesk.domain.errors import ValidationError

            raise ValidationError(waves.WRONG_WAVE_SUFFIX, field="out", name=args.out.name)
        if again:
            return _wave_again(args, db)
        with db.transaction() as session:  # a wave whose file cannot be written is not kept
            prepared = waves.prepare_wave(session, args.campaign, args.date or dt.date.today())
            session.flush()
            count = prepared.write(args.out, translate)
            if args.log:
                waves.write_compliance(session, prepared.wave_id, args.log, translate, printed=pdf)
        print(
            translate(
                "Cli", "wave {number}: {count} requests written to {path}, {skipped} customers not asked"
            ).format(number=prepared.number, count=count, path=args.out, skipped=len(prepared.wave.not_asked))
        )
    return EXIT_OK


def _wave_again(args: argparse.Namespace, db: Any) -> int:
    from smmdesk.cli import EXIT_OK
    from smmdesk.i18n import translate
    from smmdesk.services.reviews.wave_again import write_again

    with db.reading() as session:
        count = write_again(session, args.campaign, args.again, args.out, translate, args.log)
    print(
        translate("Cli", "wave {number} written again: {count} requests in {path}").format(
            number=args.again, count=count, path=args.out
        )
    )
    return EXIT_OK


def import_customers(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate
    from smmdesk.services.reviews import customers
    from smmdesk.services.workspace import backup_now
    from smmdesk.ui.core.settings import UserSettings

    with headless_qt(args.lang), open_database(args, write=True) as db:
        backup_now(db, "import", UserSettings().backups_kept)
        with db.transaction() as session:
            preview = customers.preview_customers(session, args.campaign, args.file, args.sheet)
            result = customers.apply_customers(session, preview)
        if args.report:
            customers.write_report(preview, args.report, translate)
        print(
            translate(
                "Cli", "added {added}, updated {updated}, same as before {same}, skipped {skipped}"
            ).format(added=result.added, updated=result.updated, same=result.same, skipped=result.skipped)
        )
        merged, staff, no_consent, not_taken = customers.import_counts(preview.parsed)
        print(
            translate(
                "Cli", "merged duplicates {merged}; staff {staff} and without consent {no_consent} "
                "(they are not asked); values not taken {not_taken}"
            ).format(merged=merged, staff=staff, no_consent=no_consent, not_taken=not_taken)
        )  # fmt: skip
        if "consent" in preview.parsed.missing:
            print(translate("Cli", NO_CONSENT_COLUMN))
        notes = sorted((*preview.parsed.skipped, *preview.parsed.warnings), key=lambda n: n.row)
        for note in notes:  # each row skipped, merged or with a value not taken, as the window lists them
            print(translate("Cli", "row {row}: {reason}").format(row=note.row, reason=note.render(translate)))
    return EXIT_OK


def import_survey(args: argparse.Namespace) -> int:
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.domain.money import format_decimal
    from smmdesk.i18n import translate
    from smmdesk.services.reviews import surveys

    def shown(value: Any) -> str:
        if value is None:
            return "—"
        return format_decimal(value, 1, decimal_point="," if args.lang != "en" else ".", group_separator=" ")

    with headless_qt(args.lang), open_database(args, write=True) as db:
        with db.transaction() as session:
            result = surveys.import_survey(session, args.campaign, args.file, args.sheet, translate)
        nps, csat = result.nps, result.csat
        print(
            translate(
                "Cli", "NPS {nps} ({respondents} respondents: {promoters} promoters, {passives} passives, "
                "{detractors} detractors)"
            ).format(
                nps=shown(nps.value), respondents=nps.respondents, promoters=nps.promoters,
                passives=nps.passives, detractors=nps.detractors,
            )
        )  # fmt: skip
        print(
            translate("Cli", "CSAT {csat} % ({answers} answers, {satisfied} of them 4 or 5)").format(
                csat=shown(csat.value), answers=csat.answers, satisfied=csat.satisfied
            )
        )
        print(
            translate("Cli", "added {added}, same as before {same}, skipped {skipped}").format(
                added=result.added, same=result.same, skipped=len(result.skipped)
            )
        )
        print(
            translate(
                "Cli", "{count} dissatisfied answers put into the mentions queue for a private follow-up"
            ).format(count=result.follow_ups)
        )
    return EXIT_OK


def _erase(args: argparse.Namespace) -> int:
    """Finishes the campaign (unless it is) and erases its customers in one transaction."""
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.i18n import translate
    from smmdesk.services.reviews import campaigns, erasure

    with headless_qt(args.lang), open_database(args, write=True) as db:
        with db.transaction() as session:
            if campaigns.stored(session, args.campaign).finished_on is None:
                campaigns.finish_campaign(session, args.campaign, args.date or dt.date.today())
            count = erasure.erase_customers(session, args.campaign, translate)
        print(translate("Cli", "{count} customers erased; the campaign's figures stay").format(count=count))
    return EXIT_OK


def import_outcomes(args: argparse.Namespace) -> int:
    """The service's report matched to the requests; then the campaign's funnel as it now stands."""
    from smmdesk.cli import EXIT_OK, headless_qt, open_database
    from smmdesk.domain.money import format_decimal
    from smmdesk.i18n import translate
    from smmdesk.services.reviews import figures, outcomes

    with headless_qt(args.lang), open_database(args, write=True) as db:
        with db.transaction() as session:
            result = outcomes.import_outcomes(session, args.campaign, args.file, args.sheet, args.date)
            funnel = figures.campaign_figures(session, args.campaign).funnel
        print(
            translate(
                "Cli",
                "{matched} requests found, {reviews} reviews, {skipped} rows skipped, {unknown} warnings",
            ).format(
                matched=result.matched, reviews=result.reviews, skipped=len(result.skipped),
                unknown=len(result.warnings),
            )
        )  # fmt: skip
        conversion = funnel.conversion
        point = "," if args.lang != "en" else "."
        percent = "—" if conversion is None else f"{format_decimal(conversion, 1, decimal_point=point)} %"
        print(
            translate(
                "Cli", "requests {requests}, delivered {delivered}, clicked {clicked}, reviews {reviews}, "
                "conversion {conversion}"
            ).format(
                requests=funnel.requests, delivered=funnel.delivered, clicked=funnel.clicked,
                reviews=funnel.reviews,
                conversion=percent,
            )
        )  # fmt: skip
        # the rows skipped and the warnings (a review not taken among them), in row order
        for note in sorted((*result.skipped, *result.warnings), key=lambda n: n.row):
            print(translate("Cli", "row {row}: {reason}").format(row=note.row, reason=note.render(translate)))
    return EXIT_OK
