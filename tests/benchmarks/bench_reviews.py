"""Reviews at scale: 100,000 customers parsed, a wave of 100,000 to CSV, a QR-code PDF of 1,000."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
import time
from pathlib import Path

from common import median_ms, report

CUSTOMERS = 100_000
CODES = 1_000


def customer_rows() -> list[list[str]]:
    rows = [["ФИО", "Телефон", "E-mail", "№ заказа", "Дата покупки", "Согласие на рассылку", "Сотрудник"]]
    for n in range(CUSTOMERS):
        rows.append([f"Клиент {n}", f"8 (9{n % 100:02d}) {n // 100:03d}-{n % 97:02d}-{n % 89:02d}",
                     f"client{n}@mail.ru", f"A-{n}", f"{1 + n % 28:02d}.11.2026", "да", ""])  # fmt: skip
    return rows


def run() -> None:
    from PySide6.QtGui import QGuiApplication

    from smmdesk.domain.reviews.campaign import Channel, Invitation, ReviewCampaign, ReviewPlatform, Trigger
    from smmdesk.domain.reviews.customer_rows import read_customers
    from smmdesk.domain.reviews.waves import plan_wave
    from smmdesk.io.review_wave import qr_png, write_wave_csv, write_wave_qr_pdf

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - the PDF draws with Qt
    rows = customer_rows()
    parsed = read_customers(rows, "crm.csv")
    assert len(parsed.customers) == CUSTOMERS, len(parsed.customers)

    def floor_parse() -> None:
        [(r[0], r[1].replace(" ", ""), r[2].lower(), r[4]) for r in rows[1:]]

    report(
        f"{CUSTOMERS} customers parsed (phones, e-mails, dates)",
        median_ms(lambda: read_customers(rows, "crm.csv"), repeat=3),
        5000,
        floor=median_ms(floor_parse, repeat=3),
        floor_name="the same cells copied with one replace and lower each",
    )
    campaign = ReviewCampaign(
        "Отзывы", (ReviewPlatform.YANDEX_MAPS,), Trigger(days=3), Channel.SMS,
        Invitation("Кофейня «Зерно»", "заказ {order}", "на Яндекс Картах", "ваше имя и отзыв увидят все"),
        "https://zerno.ru/r/",
    )  # fmt: skip
    today = dt.date(2026, 12, 10)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "wave.csv"

        def wave_csv() -> None:
            wave = plan_wave(campaign, parsed.customers, today, b"secret")
            write_wave_csv(target, Channel.SMS, wave)

        wave = plan_wave(campaign, parsed.customers, today, b"secret")
        assert len(wave.requests) == CUSTOMERS

        def floor_csv() -> None:
            out = io.StringIO()
            writer = csv.writer(out, delimiter=";")
            writer.writerows(
                (r.contact, r.text, r.customer.name, r.link, r.customer.order) for r in wave.requests
            )
            (Path(tmp) / "floor.csv").write_text(out.getvalue(), encoding="utf-8")

        report(
            f"a wave of {CUSTOMERS} prepared and written to CSV",
            median_ms(wave_csv, repeat=3),
            3000,
            floor=median_ms(floor_csv, repeat=3),
            floor_name="the finished rows written by csv.writer",
        )
        qr_campaign = ReviewCampaign(
            "Отзывы",
            campaign.platforms,
            campaign.trigger,
            Channel.QR_PARCEL,
            campaign.invitation,
            campaign.base_link,
        )
        qr_wave = plan_wave(qr_campaign, parsed.customers[:CODES], today, b"secret")
        pdf = Path(tmp) / "codes.pdf"
        start = time.perf_counter()
        pages = write_wave_qr_pdf(pdf, "Отзывы", qr_wave)
        took = (time.perf_counter() - start) * 1000
        assert pages >= CODES // 20  # 20 bare codes a page; a card with its text takes more room
        start = time.perf_counter()
        for request in qr_wave.requests:
            qr_png(request.link)
        floor = (time.perf_counter() - start) * 1000
        report(
            f"a QR-code PDF of {CODES} codes ({pages} pages)",
            took,
            10000,
            floor=floor,
            floor_name="the codes encoded by qrcode alone",
        )
