"""Review campaigns end to end through the services and a database file (issue 15's scale): a CRM's
CSV of 100,000 customers imported (read, matched, parsed, compared, written in one transaction)
≤ 5 s; a wave of 100,000 prepared, kept as the compliance log and written to CSV ≤ 3 s; a wave of
1,000 printed as a QR-code PDF ≤ 10 s.

Floors: the same CSV read by `csv.reader` and its rows inserted by sqlite3's executemany into a
bare table; the wave planned and written by the domain and io alone (nothing kept); the codes
encoded by `qrcode` alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path

from common import report

CUSTOMERS = 100_000
CODES = 1_000
HEADER = "ФИО;Телефон;E-mail;№ заказа;Дата покупки;Согласие на рассылку;Сотрудник"


def write_crm(path: Path, count: int) -> None:
    lines = [HEADER]
    for n in range(count):
        phone = f"8 (9{n % 100:02d}) {n // 100:03d}-{n % 97:02d}-{n % 89:02d}"
        lines.append(f"Клиент {n};{phone};client{n}@mail.ru;A-{n};{1 + n % 28:02d}.11.2026;да;")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def seconds(fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def run() -> None:
    from PySide6.QtGui import QGuiApplication

    from smmdesk.domain.reviews.campaign import Channel, Invitation, ReviewCampaign, ReviewPlatform, Trigger
    from smmdesk.domain.reviews.waves import plan_wave
    from smmdesk.io.review_wave import qr_png, write_wave_csv
    from smmdesk.services import campaigns as clients
    from smmdesk.services.reviews import campaigns, customers, waves
    from smmdesk.services.workspace import open_workspace

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - the PDF draws with Qt
    campaign = ReviewCampaign(
        "Отзывы", (ReviewPlatform.YANDEX_MAPS,), Trigger(days=3), Channel.SMS,
        Invitation("Кофейня «Зерно»", "заказ {order}", "на Яндекс Картах", "ваше имя и отзыв увидят все"),
        "https://zerno.ru/r/",
    )  # fmt: skip
    today = dt.date(2026, 12, 10)
    identity = lambda _c, t: t  # noqa: E731
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        crm = folder / "crm.csv"
        write_crm(crm, CUSTOMERS)
        db = open_workspace(folder / "reviews.smmdesk")
        with db.transaction() as session:
            client = clients.create_client(session, "Кофейня «Зерно»")
            ident = campaigns.create_campaign(session, client, campaign)
            printed = ReviewCampaign(**{**campaign.__dict__, "channel": Channel.QR_PARCEL, "title": "QR"})
            qr = campaigns.create_campaign(session, client, printed)

        def import_all() -> customers.CustomerImportResult:
            with db.transaction() as session:
                preview = customers.preview_customers(session, ident, crm)
                return customers.apply_customers(session, preview)

        took, result = seconds(import_all)
        assert result.added == CUSTOMERS, result  # type: ignore[attr-defined]

        def floor_import() -> None:
            with crm.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle, delimiter=";"))[1:]
            conn = sqlite3.connect(folder / "floor.db")
            conn.execute("CREATE TABLE c (name, phone, email, ord, day, consent)")
            conn.executemany("INSERT INTO c VALUES (?, ?, ?, ?, ?, ?)", [r[:6] for r in rows])
            conn.commit()
            conn.close()

        floor, _ = seconds(floor_import)
        report(f"{CUSTOMERS} customers imported into a campaign", took, 5000, floor=floor,
               floor_name="csv.reader + sqlite3 executemany")  # fmt: skip

        out = folder / "wave.csv"

        def wave_csv() -> int:
            with db.transaction() as session:
                return waves.prepare_wave(session, ident, today).write(out, identity)

        took, count = seconds(wave_csv)
        assert count == CUSTOMERS, count
        with db.reading() as session:
            people = waves.audience(session, ident).customers

        def floor_wave() -> None:
            wave = plan_wave(campaign, people, today, b"0" * 16)
            write_wave_csv(folder / "floor.csv", Channel.SMS, wave)

        floor, _ = seconds(floor_wave)
        report(f"a wave of {CUSTOMERS} kept and written to CSV", took, 3000, floor=floor,
               floor_name="planned and written, nothing kept")  # fmt: skip

        lines = crm.read_text("utf-8").splitlines()[: CODES + 1]
        small = folder / "crm_1000.csv"
        small.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with db.transaction() as session:
            customers.apply_customers(session, customers.preview_customers(session, qr, small))
            prepared = waves.prepare_wave(session, qr, today)
        pdf = folder / "codes.pdf"

        def write_pdf() -> int:
            with db.reading() as session:
                return waves.write_wave(session, prepared.wave_id, pdf, identity)

        took, count = seconds(write_pdf)
        assert count == CODES, count
        floor, _ = seconds(lambda: [qr_png(r.link) for r in prepared.wave.requests])
        report(f"a QR-code PDF of {CODES} codes from a kept wave", took, 10000, floor=floor,
               floor_name="the codes encoded by qrcode alone")  # fmt: skip
        db.close()
