"""Review campaigns' commands, run as the planner runs them (on a file, or with --db URL on a
server): a campaign from `reviews new` through `import customers`, `reviews wave` (CSV and a QR-code
PDF) to `import survey`, each file read back; each refusal in Russian with its exit code."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

from test_cli import smmdesk

sys.path.insert(0, str(Path(__file__).resolve().parent / "unit" / "services"))

from review_setup import CUSTOMERS, write_customers, write_survey

from smmdesk.services import campaigns
from smmdesk.services.workspace import open_workspace


def with_client(db_path: Path, name: str, email: str) -> str:
    db = open_workspace(db_path)
    with db.transaction() as session:
        campaigns.create_client(session, name, email=email)
    db.close()
    return str(db_path)


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return smmdesk("--lang", "ru", *args, home=home)


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))


def test_a_campaign_from_import_to_figures(db_path: Path, tmp_path: Path) -> None:
    db = with_client(db_path, "Кофейня «Зерно»", "hello@zerno.ru")
    made = run(tmp_path, "--db", db, "reviews", "new", "Отзывы декабря", "--client", "1")
    assert made.returncode == 0, made.stderr
    campaign = made.stdout.strip()
    assert campaign.isdigit()

    report = tmp_path / "rows.csv"
    crm = write_customers(tmp_path / "crm.csv")
    imported = run(
        tmp_path, "--db", db, "import", "customers", str(crm), "--campaign", campaign, "--report", str(report)
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == [
        "добавлено 5, обновлено 0, как раньше 0, пропущено 1",
        "объединено повторов 0; сотрудников 1 и без согласия 1 (их не спросят); значений не принято 0",
        "строка 7: нет ни телефона, ни e-mail, ни заказа",
    ]
    rows = read_csv(report)
    assert rows[0] == ["строка", "итог", "клиент", "причина"]
    assert [r[0] for r in rows[1:]] == ["2", "3", "4", "5", "6", "7"]  # every row numbered
    assert [r[1] for r in rows[1:]].count("добавлен") == 5
    # the staff row and the explicit «нет» said as such, not only «добавлен»
    assert rows[3][3] == "сотрудник: не спросим никогда" and rows[4][3] == "нет согласия на связь: не спросим"

    nowhere = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(tmp_path / "no" / "w.csv"),
                  "--date", "05.12.2026")  # fmt: skip
    assert nowhere.returncode == 1 and nowhere.stderr.startswith("Папки для файла w.csv не существует")
    wave, log = tmp_path / "wave.csv", tmp_path / "log.csv"
    first = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(wave), "--date", "05.12.2026",
                "--log", str(log))  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert (
        first.stdout.strip() == f"волна 1: запросов — 2, записаны в {wave}; не просим — 3"
    )  # none kept before
    rows = read_csv(wave)
    assert rows[0] == ["Телефон", "Текст", "Имя", "Ссылка", "Заказ"]
    assert sorted(r[0] for r in rows[1:]) == ["+79161234567", "+79162223344"]
    anna = next(r for r in rows[1:] if r[0] == "+79161234567")
    assert anna[1].startswith("Кофейня «Зерно» просит оценить ваш заказ A-1 от 01.12.2026.")
    assert "на площадке «Яндекс Карты»" in anna[1] and anna[3].startswith("https://zerno.ru/r/")
    assert len(read_csv(log)) == 9  # the header, 5 customers, the 3 score groups of the survey

    codes = tmp_path / "codes.pdf"
    second = run(
        tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(codes), "--date", "2026-12-09"
    )
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("волна 2: запросов — 1,")
    text = subprocess.run(["pdftotext", str(codes), "-"], capture_output=True, text=True, check=True).stdout
    assert "A-5" in text and "https://zerno.ru/r/" in text

    survey = run(tmp_path, "--db", db, "import", "survey", str(write_survey(tmp_path / "answers.csv")),
                 "--campaign", campaign)  # fmt: skip
    assert survey.returncode == 0, survey.stderr
    assert survey.stdout.splitlines() == [
        "NPS 16,7 (ответивших — 6: промоутеров — 3, нейтральных — 1, критиков — 2)",
        "CSAT 66,7 % (ответов — 6, из них 4 или 5 — 4)",
        "добавлено 6, как раньше 0, пропущено 2",
        "недовольных ответов в очереди упоминаний для личной связи — 2",
    ]


def test_a_crms_own_headers_are_taken_and_the_report_names_each_row_in_russian(
    db_path: Path, tmp_path: Path
) -> None:
    db = with_client(db_path, "ООО «Ромашка»", "info@romashka.ru")
    campaign = run(tmp_path, "--db", db, "reviews", "new", "Отзывы", "--client", "1").stdout.strip()
    crm = tmp_path / "crm.csv"
    crm.write_text(
        "Клиент;Моб. телефон;Эл. адрес;Заказ;Дата;Согласие на получение рассылок;Сотрудник?\n"
        "Иванова Мария;8 (912) 345-67-89;maria@mail.ru;1;25.11.2026;да;нет\n"
        "Белова Марина;8 (912) 000-11-22;anna@;2;25.11.2026;;нет\n"
        "Иванова М.;+7 912 345 67 89;;3;26.11.2026;да;нет\n",
        encoding="utf-8",
    )
    report = tmp_path / "rows.csv"
    done = run(tmp_path, "--db", db, "import", "customers", str(crm), "--campaign", campaign,
               "--report", str(report))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [  # what the window says, each row in the file's order
        "добавлено 2, обновлено 0, как раньше 0, пропущено 0",
        "объединено повторов 1; сотрудников 0 и без согласия 1 (их не спросят); значений не принято 1",
        "строка 3: e-mail не принят: «anna@»",
        "строка 3: ячейка согласия пуста: нет согласия — не будут спрошены",
        "строка 4: тот же клиент, что в строке 2: объединены",
    ]
    rows = read_csv(report)[1:]
    # the «клиент» column is the customer's phone on every row, a merged row's the one it joined
    maria, marina = "'+79123456789", "'+79120001122"
    keys = [("2", maria), ("3", marina), ("3", marina), ("3", marina), ("4", maria)]
    assert [(r[0], r[2]) for r in rows] == keys
    assert [r[3] for r in rows if r[1] == "добавлен"] == ["", "нет согласия на связь: не спросим"]
    assert [r[:3] for r in rows if r[1] == "добавлен"] == [
        ["2", "добавлен", "'+79123456789"],  # a leading + kept from a formula
        ["3", "добавлен", "'+79120001122"],
    ]
    outcomes = {(r[0], r[1]): r[3] for r in rows if r[1] != "добавлен"}
    assert outcomes == {
        ("3", "значение не принято"): "e-mail не принят: «anna@»",
        ("3", "нет согласия"): "ячейка согласия пуста: нет согласия — не будут спрошены",
        ("4", "объединена"): "тот же клиент, что в строке 2: объединены",
    }


def test_no_link_is_guessed_from_a_free_mail_domain_and_the_redirects_are_written_beside_the_wave(
    db_path: Path, tmp_path: Path
) -> None:
    db = with_client(db_path, "ООО «Ромашка»", "romashka-shop@mail.ru")
    guessed = run(tmp_path, "--db", db, "reviews", "new", "Отзывы", "--client", "1")
    assert guessed.returncode == 1 and "--link" in guessed.stderr and "общедоступной почте" in guessed.stderr
    page = "https://yandex.ru/maps/org/romashka/1234567890/reviews/"
    made = run(tmp_path, "--db", db, "reviews", "new", "Отзывы", "--client", "1", "--link",
               "https://romashka.ru/r/", "--page", f"yandex_maps={page}")  # fmt: skip
    assert made.returncode == 0, made.stderr
    crm = write_customers(tmp_path / "crm.csv")
    assert run(tmp_path, "--db", db, "import", "customers", str(crm), "--campaign", "1").returncode == 0
    wave = tmp_path / "wave.csv"
    done = run(tmp_path, "--db", db, "reviews", "wave", "1", "--out", str(wave), "--date", "05.12.2026")
    assert done.returncode == 0, done.stderr
    links = {r[3] for r in read_csv(wave)[1:]}
    redirects = read_csv(tmp_path / "wave.redirects.csv")
    assert redirects[0] == ["Короткая ссылка", "Ведёт на", "Площадка"]
    assert {r[0] for r in redirects[1:]} == links and len(links) == 2
    assert all(r[1:] == [page, "Яндекс Карты"] for r in redirects[1:])
    assert all(link.startswith("https://romashka.ru/r/") for link in links)


def test_each_refusal_is_in_russian_with_its_exit_code(db_path: Path, tmp_path: Path) -> None:
    db = with_client(db_path, "Кофейня «Зерно»", "")
    no_link = run(tmp_path, "--db", db, "reviews", "new", "Отзывы", "--client", "1")
    assert no_link.returncode == 1 and "Укажите адрес коротких ссылок в --link" in no_link.stderr
    paid = run(tmp_path, "--db", db, "reviews", "new", "Отзывы", "--client", "1", "--link", "https://zerno.ru/r/",
               "--incentive", "скидка 10 %")  # fmt: skip
    assert paid.returncode == 1
    assert paid.stderr.startswith(
        "Поощрение (скидка 10 %) нельзя предлагать за отзыв на площадках: Яндекс Карты"
    )
    link = ("--link", "https://zerno.ru/r/")
    survey_only = run(tmp_path, "--db", db, "reviews", "new", "Опрос", "--client", "1", *link,
                      "--platform", "survey", "--incentive", "скидка 10 %")  # fmt: skip
    assert survey_only.returncode == 0, survey_only.stderr
    ident = survey_only.stdout.strip()
    again = run(tmp_path, "--db", db, "reviews", "new", "опрос", "--client", "1", *link)
    assert again.returncode == 1 and again.stderr.startswith("У бренда уже есть кампания отзывов «опрос»")
    nobody = run(tmp_path, "--db", db, "reviews", "wave", ident, "--out", str(tmp_path / "w.csv"))
    assert (
        nobody.returncode == 1
        and nobody.stderr.startswith("На ")
        and "запрос никому не положен" in nobody.stderr
    )
    assert not (tmp_path / "w.csv").exists()
    wrong = run(tmp_path, "--db", db, "reviews", "wave", ident, "--out", str(tmp_path / "w.xlsx"))
    assert wrong.returncode == 1 and "листом QR-кодов для печати (имя на .pdf); «w.xlsx» не оканчивается" in (
        wrong.stderr
    )
    missing = run(tmp_path, "--db", db, "import", "customers", str(tmp_path / "none.csv"), "--campaign", "9")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    crm = str(write_customers(tmp_path / "crm.csv"))
    unknown = run(tmp_path, "--db", db, "import", "customers", crm, "--campaign", "9")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "Кампании отзывов № 9 нет."
    no_consent = tmp_path / "no_consent.csv"
    no_consent.write_text("Имя;Телефон\nАнна;+7 916 123 45 67\n", encoding="utf-8")
    silent = run(tmp_path, "--db", db, "import", "customers", str(no_consent), "--campaign", ident)
    assert silent.returncode == 0, silent.stderr
    assert silent.stdout.splitlines()[2] == (
        "В файле нет столбца согласия: никто из него не получит запрос, пока согласие не записано."
    )
    usage = run(tmp_path, "--db", db, "import", "survey", crm)
    assert usage.returncode == 2


def test_what_came_back_is_imported_and_the_customers_erased_with_the_figures_kept(
    db_path: Path, tmp_path: Path
) -> None:
    from sqlalchemy import func, select

    from smmdesk.storage.models import Mention, ReviewCustomer, ReviewRequest

    db = with_client(db_path, "Кофейня «Зерно»", "hello@zerno.ru")
    campaign = run(tmp_path, "--db", db, "reviews", "new", "Отзывы", "--client", "1").stdout.strip()
    crm = str(write_customers(tmp_path / "crm.csv"))
    assert run(tmp_path, "--db", db, "import", "customers", crm, "--campaign", campaign).returncode == 0
    wave = tmp_path / "wave.csv"
    sent = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(wave), "--date", "05.12.2026")
    assert sent.returncode == 0, sent.stderr
    links = {r[0]: r[3] for r in read_csv(wave)[1:]}  # phone (E.164) → short link
    report = tmp_path / "sms-report.csv"
    report.write_text(
        "Ссылка;Статус;Переход;Площадка;Оценка;Дата отзыва\n"
        f"{links['+79161234567']};доставлено;да;Яндекс Карты;5;07.12.2026\n"
        f"{links['+79162223344']};доставлено;нет;;;\n"
        "https://zerno.ru/r/nosuchlink;доставлено;;;;\n"
        f"{links['+79162223344']};доставлено;да;2ГИС;4;09.12.2026\n",  # row 5: a review after the day
        encoding="utf-8",
    )
    came_back = run(tmp_path, "--db", db, "import", "outcomes", str(report), "--campaign", campaign,
                    "--date", "08.12.2026")  # fmt: skip
    assert came_back.returncode == 0, came_back.stderr
    lines = came_back.stdout.splitlines()
    # 2 sent, both delivered, both clicked (row 5's click taken, its review not), 1 review: 50,0 %
    assert lines[:2] == [
        "найдено запросов — 3, отзывов — 1, пропущено строк — 1, предупреждений — 1",
        "запросов 2, доставлено 2, переходов 2, отзывов 1, конверсия 50,0 %",
    ]
    assert lines[2].startswith("строка 4: ")
    assert lines[3] == (
        "строка 5: отзыв датирован 09.12.2026, позже сегодняшнего дня: отзыв не принят, доставка и "
        "переход приняты"
    )

    survey = tmp_path / "survey.csv"
    survey.write_text(
        "Отметка времени;NPS;Номер заказа;Комментарий\n06.12.2026 10:00;3;20001;Холодно\n", "utf-8"
    )
    assert run(tmp_path, "--db", db, "import", "survey", str(survey), "--campaign", campaign).returncode == 0
    unknown = run(tmp_path, "--db", db, "reviews", "erase", "9")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "Кампании отзывов № 9 нет."
    today = dt.date.today()
    later = run(
        tmp_path,
        "--db",
        db,
        "reviews",
        "erase",
        campaign,
        "--date",
        f"{today + dt.timedelta(days=4):%d.%m.%Y}",
    )
    assert later.returncode == 1 and "не может завершиться" in later.stderr, later.stderr
    erased = run(tmp_path, "--db", db, "reviews", "erase", campaign, "--date", f"{today:%d.%m.%Y}")
    assert erased.returncode == 0, erased.stderr
    assert erased.stdout.strip() == "клиентов стёрто — 5; показатели кампании остались"
    stored = open_workspace(db_path)
    with stored.reading() as session:
        assert session.scalar(select(func.count()).select_from(ReviewCustomer)) == 0
        assert session.scalars(select(ReviewRequest.contact)).all() == ["", ""]
        follow_up = session.execute(select(Mention.text, Mention.tags)).one()
    stored.close()
    # in the user's language, as the window writes it, and the order no longer tied to the answer
    assert follow_up.text == "ответ удалён" and "20001" not in follow_up.tags and "NPS 3" in follow_up.tags
    again = run(tmp_path, "--db", db, "import", "outcomes", str(report), "--campaign", campaign,
                "--date", "08.12.2026")  # fmt: skip
    # a finished campaign takes nothing more: refused in words
    assert again.returncode == 1 and "завершена" in again.stderr, again.stderr


def test_import_help_lists_customers_and_survey(tmp_path: Path) -> None:
    shown = run(tmp_path, "import", "--help")
    assert shown.returncode == 0
    lines = [line.split() for line in shown.stdout.splitlines() if line.startswith("    ")]
    listed = [words[0] for words in lines if words]
    assert "customers" in listed and "survey" in listed


def test_a_prepared_wave_is_written_again_by_the_command(db_path: Path, tmp_path: Path) -> None:
    db = with_client(db_path, "Кофейня «Зерно»", "hello@zerno.ru")
    campaign = run(tmp_path, "--db", db, "reviews", "new", "Отзывы декабря", "--client", "1").stdout.strip()
    crm = str(write_customers(tmp_path / "crm.csv"))
    assert run(tmp_path, "--db", db, "import", "customers", crm, "--campaign", campaign).returncode == 0
    first, again = tmp_path / "wave.csv", tmp_path / "again.csv"
    made = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(first), "--date", "2026-12-05")
    assert made.returncode == 0, made.stderr
    written = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--again", "1", "--out", str(again))
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == f"волна 1 записана снова: запросов — 2, в {again}"
    assert again.read_bytes() == first.read_bytes()
    missing = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--again", "3", "--out", str(again))
    assert missing.returncode == 1 and "нет волны № 3" in missing.stderr


def test_a_wave_gated_by_a_consent_flipped_after_the_survey_is_refused_in_russian(
    db_path: Path, tmp_path: Path
) -> None:
    db = with_client(db_path, "Кофейня «Зерно»", "hello@zerno.ru")
    campaign = run(tmp_path, "--db", db, "reviews", "new", "Без недовольных", "--client", "1").stdout.strip()
    first = str(write_customers(tmp_path / "first.csv"))  # everybody's consent as the shop had it
    assert run(tmp_path, "--db", db, "import", "customers", first, "--campaign", campaign).returncode == 0
    survey = str(write_survey(tmp_path / "survey.csv"))  # Борис Смирнов answered NPS 3
    assert run(tmp_path, "--db", db, "import", "survey", survey, "--campaign", campaign).returncode == 0
    flipped = [(*r[:5], "нет", r[6]) if r[0] == "Борис Смирнов" else r for r in CUSTOMERS]
    crm = str(write_customers(tmp_path / "crm.csv", flipped))
    assert run(tmp_path, "--db", db, "import", "customers", crm, "--campaign", campaign).returncode == 0
    out = tmp_path / "gated.csv"
    gated = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(out), "--date", "2026-12-05")
    assert gated.returncode == 1 and not out.exists()
    assert gated.stderr.startswith("Отбор по оценке (review gating): эта волна на публичную площадку")
    assert "у 1 из 1 довольных" in gated.stderr and "лишь у 0 из 1 критиков" in gated.stderr
    assert "не попали: Борис Смирнов" in gated.stderr


def test_what_came_back_prints_the_windows_warnings_the_rows_in_order_and_no_conversion_of_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    db = with_client(db_path, "Кофейня «Зерно»", "hello@zerno.ru")
    campaign = run(tmp_path, "--db", db, "reviews", "new", "Отзывы", "--client", "1").stdout.strip()
    crm = str(write_customers(tmp_path / "crm.csv"))
    assert run(tmp_path, "--db", db, "import", "customers", crm, "--campaign", campaign).returncode == 0
    wave = tmp_path / "wave.csv"
    assert (
        run(
            tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(wave), "--date", "05.12.2026"
        ).returncode
        == 0
    )
    links = {r[0]: r[3] for r in read_csv(wave)[1:]}
    report = tmp_path / "sms-report.csv"
    report.write_text(
        "Ссылка;Статус\n"
        "https://zerno.ru/r/nosuchlink;доставлено\n"  # row 2: no such request
        f"{links['+79161234567']};Передано оператору\n"  # row 3: the delivery left unknown
        ";доставлено\n",  # row 4: nothing to find the request by
        encoding="utf-8",
    )
    came_back = run(tmp_path, "--db", db, "import", "outcomes", str(report), "--campaign", campaign,
                    "--date", "08.12.2026")  # fmt: skip
    assert came_back.returncode == 0, came_back.stderr
    lines = came_back.stdout.splitlines()
    assert lines[0] == "найдено запросов — 1, отзывов — 0, пропущено строк — 2, предупреждений — 1"
    # nothing delivered: no conversion, and no «%» after the dash
    assert lines[1] == "запросов 2, доставлено 0, переходов 0, отзывов 0, конверсия —"
    assert [line.split(":")[0] for line in lines[2:]] == ["строка 2", "строка 3", "строка 4"]
    assert "Передано оператору" in lines[3] and "доставка оставлена неизвестной" in lines[3]


def test_an_sms_wave_written_as_cards_prints_the_card_text_and_its_log_records_it(
    db_path: Path, tmp_path: Path
) -> None:
    db = with_client(db_path, "Кофейня «Зерно»", "hello@zerno.ru")
    campaign = run(tmp_path, "--db", db, "reviews", "new", "Отзывы декабря", "--client", "1").stdout.strip()
    crm = str(write_customers(tmp_path / "crm.csv"))
    assert run(tmp_path, "--db", db, "import", "customers", crm, "--campaign", campaign).returncode == 0
    sms = tmp_path / "wave.csv"
    made = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(sms), "--date", "2026-12-05")
    assert made.returncode == 0, made.stderr
    links = [r[3] for r in read_csv(sms)[1:]]
    assert all("СТОП" in r[1] for r in read_csv(sms)[1:])  # the SMS itself keeps its opt-out line
    cards, log = tmp_path / "wave1.pdf", tmp_path / "log.csv"
    again = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--again", "1", "--out", str(cards),
                "--log", str(log))  # fmt: skip
    assert again.returncode == 0, again.stderr
    printed = subprocess.run(
        ["pdftotext", str(cards), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.strip() for line in printed.splitlines()]
    assert "СТОП" not in printed and "Ответьте" not in printed
    assert all(link in lines for link in links)  # each link whole on its own line, under its code
    assert "Оставить отзыв" not in printed  # the sentence holding the link is the code itself
    assert "карточка" in printed
    with log.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    column = rows[0].index("Отправленный текст")
    texts = [r[column] for r in rows[1:] if r[column]]
    assert len(texts) == 2 and all("СТОП" not in t and "Эта карточка" in t for t in texts)
