"""A wave's files read back: the SMS and mail CSV, the compliance log, the QR codes scanned off the page."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "domain" / "reviews"))
from review_fixtures import make_campaign

from smmdesk.domain.errors import FileWriteError
from smmdesk.domain.reviews.campaign import Channel
from smmdesk.domain.reviews.customers import Customer
from smmdesk.domain.reviews.waves import compliance_log, plan_wave
from smmdesk.io.review_wave import write_compliance_csv, write_wave_csv, write_wave_qr_pdf

TODAY = dt.date(2026, 12, 10)
CUSTOMERS = [
    Customer("Анна", "+79160000001", "anna@mail.ru", "A-1", dt.date(2026, 12, 1), consent=True),
    Customer('=HYPERLINK("x")', "+79160000002", "", "A-2", dt.date(2026, 12, 1), consent=True),
    Customer("Ира", "+79160000003", "", "A-3", dt.date(2026, 12, 1), consent=True, staff=True),
]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_the_sms_csv_has_one_row_per_request_with_the_text_as_sent(tmp_path: Path) -> None:
    campaign = make_campaign()
    wave = plan_wave(campaign, CUSTOMERS, TODAY, b"secret")
    path = tmp_path / "волна.csv"
    write_wave_csv(path, Channel.SMS, wave)
    rows = read_csv(path)
    assert rows[0] == ["Phone", "Text", "Name", "Link", "Order"]
    assert [r[0] for r in rows[1:]] == ["+79160000001", "+79160000002"]  # staff not in it
    assert rows[1][1] == wave.requests[0].text and "\n" in rows[1][1]
    assert rows[1][3] == wave.requests[0].link and rows[1][3] in rows[1][1]
    assert rows[2][2] == '\'=HYPERLINK("x")'  # a name a spreadsheet would run stays text


def test_the_mail_csv_goes_by_e_mail(tmp_path: Path) -> None:
    campaign = make_campaign(channel=Channel.EMAIL)
    wave = plan_wave(campaign, CUSTOMERS, TODAY, b"secret")
    path = tmp_path / "mail.csv"
    write_wave_csv(path, Channel.EMAIL, wave, lambda _c, text: {"E-mail": "Почта"}.get(text, text))
    rows = read_csv(path)
    assert rows[0][0] == "Почта" and [r[0] for r in rows[1:]] == ["anna@mail.ru"]


def test_the_compliance_log_is_exported(tmp_path: Path) -> None:
    campaign = make_campaign()
    wave = plan_wave(campaign, CUSTOMERS, TODAY, b"secret")
    path = tmp_path / "журнал.csv"
    write_compliance_csv(path, compliance_log(campaign, wave))
    rows = read_csv(path)
    assert len(rows) == 4
    assert rows[1][:6] == ["10.12.2026", "Анна", "+79160000001", "SMS", "Yandex Maps, 2GIS", "first request"]
    assert rows[3][1] == "Ира" and rows[3][5] == "not asked: on the staff"
    assert {r[8] for r in rows[1:]} == {"every customer due; no filter by rating or sentiment"}
    assert {r[9] for r in rows[1:]} == {"none"}


def test_a_wave_file_that_cannot_be_written_leaves_the_earlier_one(tmp_path: Path) -> None:
    wave = plan_wave(make_campaign(), CUSTOMERS, TODAY, b"secret")
    with pytest.raises(FileWriteError, match="folder"):
        write_wave_csv(tmp_path / "нет" / "волна.csv", Channel.SMS, wave)


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="poppler and zbar")
def test_every_qr_code_of_the_pdf_scans_to_its_short_link(qapp, tmp_path: Path) -> None:
    from PIL import Image

    opt_out = "Эта карточка — наша единственная просьба."
    campaign = make_campaign(channel=Channel.QR_RECEIPT, reminder_days=(), opt_out=opt_out)
    customers = [
        Customer(f"Клиент {n}", order=f"Z-{n:03d}", day=dt.date(2026, 12, 1), consent=True) for n in range(23)
    ]
    wave = plan_wave(campaign, customers, TODAY, b"secret")
    path = tmp_path / "коды.pdf"
    assert write_wave_qr_pdf(path, "Отзывы декабря", wave) >= 2
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert all(r.link in text and f"Order No. {r.customer.order}" in text for r in wave.requests)
    words = " ".join(text.split())  # the card's lines, wrapped to the card, read as one text
    printed = (
        "Кофейня «Зерно» просит оценить заказ Z-000 от 01.12.2026. Отзыв появится на Яндекс Картах и в 2ГИС"
    )
    assert printed in words and words.count(opt_out) == 23  # who asks, about what, where; the opt-out
    assert "СТОП" not in words and "Оставить отзыв" not in words  # nothing meant for an SMS
    log = compliance_log(campaign, wave)
    assert log[0].text.startswith("Клиент 0, Кофейня «Зерно» просит оценить заказ Z-000")
    assert log[0].text.endswith(opt_out)
    assert all(row.link not in row.text for row in log if row.link)  # the log has what was printed
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page")], check=True)
    scanned: set[str] = set()
    for page in sorted(tmp_path.glob("page-*.png")):
        image = Image.open(page)
        width, height = image.size
        left, right = width * 12 / 210, width * (1 - 12 / 210)  # the page's margins
        for column in range(4):  # zbar reads a column of codes more surely than a whole page
            x = left + column * (right - left) / 4
            strip = tmp_path / f"strip-{column}.png"
            image.crop((int(x), 0, int(x + (right - left) / 4), height)).save(strip)
            out = subprocess.run(["zbarimg", "-q", "--raw", str(strip)], capture_output=True, text=True)
            scanned |= set(out.stdout.split())
    assert scanned == {r.link for r in wave.requests}


def test_only_a_phone_in_e164_keeps_its_plus_a_formula_in_its_column_stays_text(tmp_path: Path) -> None:
    from smmdesk.io.safe_text import phone_cell, write_csv_rows

    path = tmp_path / "phones.csv"
    phones = ["+79160000001", "+1+cmd|' /C calc'!A0", "+7 916"]
    write_csv_rows(path, [[phone_cell(phone), "+7"] for phone in phones])
    assert [r[0] for r in read_csv(path)] == ["+79160000001", "'+1+cmd|' /C calc'!A0", "'+7 916"]
    assert read_csv(path)[0][1] == "'+7"  # another column is neutralized as before
