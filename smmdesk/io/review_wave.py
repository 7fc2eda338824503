"""A review wave's files: the CSV an SMS or mail service imports, a printable A4 PDF of QR codes with
their short links, and the wave's compliance log. Every file goes through `atomic_output`.

The program sends nothing itself: the planner uploads the CSV to the service or prints the codes.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

from smmdesk.domain.reviews.campaign import PLATFORM_LABELS, Channel, ReviewCampaign
from smmdesk.domain.reviews.score_split import GROUP_LABELS, ScoreGroup, ScoreSplit
from smmdesk.domain.reviews.shown import ORDER_LABEL
from smmdesk.domain.reviews.waves import ComplianceRow, Wave, WaveRequest
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.atomic import atomic_output
from smmdesk.io.safe_text import phone_cell, write_csv_rows

Translate = Callable[[str, str], str]
CTX = "ReviewFiles"
QR_COLUMNS = 4
QR_SIDE_MM = 38.0
CARD_LINE = 30  # characters of a card's text per line, to read at the size of the link


def _identity(_context: str, text: str) -> str:
    return text


SMS_HEADER = (
    QT_TRANSLATE_NOOP("ReviewFiles", "Phone"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Text"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Name"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Link"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Order"),
)
MAIL_HEADER = (
    QT_TRANSLATE_NOOP("ReviewFiles", "E-mail"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Text"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Name"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Link"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Order"),
)
COMPLIANCE_HEADER = (
    QT_TRANSLATE_NOOP("ReviewFiles", "Prepared on"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Customer"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Contact"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Channel"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Platforms"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Request"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Text sent"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Link"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Selection"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Incentive"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Wave"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Request number"),
)
GROUP_COUNTS = QT_TRANSLATE_NOOP("ReviewFiles", "survey respondents: asked {asked}, not asked {left}")
REDIRECT_HEADER = (
    QT_TRANSLATE_NOOP("ReviewFiles", "Short link"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Leads to"),
    QT_TRANSLATE_NOOP("ReviewFiles", "Platform"),
)
QR_TITLE = QT_TRANSLATE_NOOP("ReviewFiles", "{title}: QR codes of {date}")
QR_NOTE = QT_TRANSLATE_NOOP(
    "ReviewFiles", "{count} codes, one per customer: cut along the frames and add each to its order."
)


def write_wave_csv(path: Path, channel: Channel, wave: Wave, translate: Translate = _identity) -> None:
    """One row per request: the phone in E.164 with its «+» (SMS) or the e-mail, the text exactly as
    the customer gets it, the name, the short link and the order. UTF-8 with BOM and `;`, as the
    services take it."""
    header = SMS_HEADER if channel is Channel.SMS else MAIL_HEADER
    rows: list[Sequence[str]] = [[translate(CTX, h) for h in header]]
    rows += [
        (phone_cell(r.contact), r.text, r.customer.name, r.link, r.customer.order) for r in wave.requests
    ]
    write_csv_rows(path, rows)  # itself through atomic_output


def write_redirects_csv(
    path: Path, campaign: ReviewCampaign, wave: Wave, translate: Translate = _identity
) -> None:
    """What the brand's site must redirect for the wave: each short link → the page of the first of
    the campaign's platforms the planner gave a page for (its Яндекс Карты or 2ГИС card)."""
    platform = next((p for p in campaign.platforms if campaign.review_links.get(p)), None)
    if platform is None:
        return
    page, label = campaign.review_links[platform], translate("Reviews", PLATFORM_LABELS[platform])
    rows: list[Sequence[str]] = [[translate(CTX, h) for h in REDIRECT_HEADER]]
    rows += [(r.link, page, label) for r in wave.requests]
    write_csv_rows(path, rows)  # itself through atomic_output


def write_compliance_csv(
    path: Path,
    log: Sequence[ComplianceRow],
    translate: Translate = _identity,
    split: ScoreSplit | None = None,
) -> None:
    """The wave's compliance log: who got what and when, or why not; then, per score group of the
    campaign's survey, how many respondents were asked and how many not (`split`)."""
    rows: list[Sequence[str]] = [[translate(CTX, h) for h in COMPLIANCE_HEADER]]
    for row in log:
        rows.append(
            (
                row.prepared_on.strftime("%d.%m.%Y"),
                row.customer,
                phone_cell(row.contact),
                translate("Reviews", row.channel),
                ", ".join(translate("Reviews", p) for p in row.platforms),
                row.request_label(translate),
                row.text,
                row.link,
                translate("Reviews", row.selection),
                translate("Reviews", row.incentive),
                str(row.wave),
                "" if row.request_id is None else str(row.request_id),
            )
        )
    if split is not None and log:
        first = log[0]
        for group in ScoreGroup:
            asked, left = split.counts(group)
            counts = translate(CTX, GROUP_COUNTS).format(asked=asked, left=left)
            platforms = ", ".join(translate("Reviews", p) for p in first.platforms)
            selection = translate("Reviews", first.selection)
            incentive = translate("Reviews", first.incentive)
            rows.append(
                (first.prepared_on.strftime("%d.%m.%Y"), translate("Reviews", GROUP_LABELS[group]), "",
                 translate("Reviews", first.channel), platforms, counts, "", "", selection, incentive,
                 str(first.wave), "")
            )  # fmt: skip
    write_csv_rows(path, rows)  # itself through atomic_output


def qr_png(text: str, box: int = 8) -> bytes:
    """A QR code of `text` as a black-and-white PNG, `box` pixels a module, with the quiet zone."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(text)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image().save(out, "PNG")
    return out.getvalue()


def card_caption(request: WaveRequest, order_label: str) -> str:
    """What a printed card says under its code: the order («Заказ № 10240», else the name), the
    invitation as printed (who asks, about what, where the review appears, the opt-out line), wrapped
    to the card, and the short link for whoever cannot scan."""
    customer = request.customer
    label = order_label.format(order=customer.order) if customer.order else customer.name
    lines = [label] if label else []
    for paragraph in request.text.split("\n"):
        lines += textwrap.wrap(paragraph, CARD_LINE) or [""]
    return "\n".join([*lines, request.link])


def write_wave_qr_pdf(path: Path, title: str, wave: Wave, translate: Translate = _identity) -> int:
    """A4 pages of QR codes, one per request, each a card to cut out (`card_caption`); returns the
    number of pages."""
    from smmdesk.io.pdf import PdfDocument

    with atomic_output(path) as temp:
        heading = translate(CTX, QR_TITLE).format(title=title, date=wave.prepared_on.strftime("%d.%m.%Y"))
        doc = PdfDocument(temp, title=heading, landscape=False)
        doc.heading(heading)
        doc.text(translate(CTX, QR_NOTE).format(count=len(wave.requests)))
        order = translate("Reviews", ORDER_LABEL)
        cells = [(qr_png(r.link), card_caption(r, order)) for r in wave.requests]
        doc.image_grid(cells, columns=QR_COLUMNS, image_mm=QR_SIDE_MM)
        return doc.finish()
