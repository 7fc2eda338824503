"""Review campaigns' commands, run as the planner runs them (on a file, or with --db URL on a
server): a campaign from `reviews new` through `import customers`, `reviews wave` (CSV and a QR-code
PDF) to `import survey`, each file read back; each refusal in Russian with its exit code."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from test_cli import smmdesk

sys.path.insert(0, str(Path(__file__).resolve().parent / "unit" / "services"))

from review_setup import write_customers, write_survey

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
    assert imported.stdout.strip() == "добавлено 5, обновлено 0, как раньше 0, пропущено 1"
    assert [r[1] for r in read_csv(report)[1:]].count("added") == 5

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
    assert sorted(r[0] for r in rows[1:]) == ["79161234567", "79162223344"]
    anna = next(r for r in rows[1:] if r[0] == "79161234567")
    assert anna[1].startswith("Кофейня «Зерно» просит оценить ваш заказ A-1 от 01.12.2026.")
    assert "на площадке «Яндекс Карты»" in anna[1] and anna[3].startswith("https://zerno.ru/r/")
    assert len(read_csv(log)) == 6

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
    assert wrong.returncode == 1 and "Волну можно записать в .csv или .pdf, а не в .xlsx." in wrong.stderr
    missing = run(tmp_path, "--db", db, "import", "customers", str(tmp_path / "none.csv"), "--campaign", "9")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    crm = str(write_customers(tmp_path / "crm.csv"))
    unknown = run(tmp_path, "--db", db, "import", "customers", crm, "--campaign", "9")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "Кампании отзывов № 9 нет."
    no_consent = tmp_path / "no_consent.csv"
    no_consent.write_text("Имя;Телефон\nАнна;+7 916 123 45 67\n", encoding="utf-8")
    silent = run(tmp_path, "--db", db, "import", "customers", str(no_consent), "--campaign", ident)
    assert silent.returncode == 0, silent.stderr
    assert silent.stdout.splitlines()[1] == (
        "В файле нет столбца согласия: никто из него не получит запрос, пока согласие не записано."
    )
    usage = run(tmp_path, "--db", db, "import", "survey", crm)
    assert usage.returncode == 2


def test_what_came_back_is_imported_and_the_customers_erased_with_the_figures_kept(
    db_path: Path, tmp_path: Path
) -> None:
    from sqlalchemy import func, select

    from smmdesk.storage.models import ReviewCustomer, ReviewRequest

    db = with_client(db_path, "Кофейня «Зерно»", "hello@zerno.ru")
    campaign = run(tmp_path, "--db", db, "reviews", "new", "Отзывы", "--client", "1").stdout.strip()
    crm = str(write_customers(tmp_path / "crm.csv"))
    assert run(tmp_path, "--db", db, "import", "customers", crm, "--campaign", campaign).returncode == 0
    wave = tmp_path / "wave.csv"
    sent = run(tmp_path, "--db", db, "reviews", "wave", campaign, "--out", str(wave), "--date", "05.12.2026")
    assert sent.returncode == 0, sent.stderr
    links = {r[0]: r[3] for r in read_csv(wave)[1:]}  # phone → short link
    report = tmp_path / "sms-report.csv"
    report.write_text(
        "Ссылка;Статус;Переход;Площадка;Оценка;Дата отзыва\n"
        f"{links['79161234567']};доставлено;да;Яндекс Карты;5;07.12.2026\n"
        f"{links['79162223344']};доставлено;нет;;;\n"
        "https://zerno.ru/r/nosuchlink;доставлено;;;;\n",
        encoding="utf-8",
    )
    came_back = run(tmp_path, "--db", db, "import", "outcomes", str(report), "--campaign", campaign)
    assert came_back.returncode == 0, came_back.stderr
    lines = came_back.stdout.splitlines()
    # 2 sent, both delivered, 1 clicked, 1 review: 1 ÷ 2 × 100 = 50,0 %
    assert lines[:2] == [
        "найдено запросов — 2, отзывов — 1, пропущено строк — 1",
        "запросов 2, доставлено 2, переходов 1, отзывов 1, конверсия 50,0 %",
    ]
    assert lines[2].startswith("строка 4: ")

    unknown = run(tmp_path, "--db", db, "reviews", "erase", "9")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "Кампании отзывов № 9 нет."
    erased = run(tmp_path, "--db", db, "reviews", "erase", campaign, "--date", "10.12.2026")
    assert erased.returncode == 0, erased.stderr
    assert erased.stdout.strip() == "клиентов стёрто — 5; показатели кампании остались"
    stored = open_workspace(db_path)
    with stored.reading() as session:
        assert session.scalar(select(func.count()).select_from(ReviewCustomer)) == 0
        assert session.scalars(select(ReviewRequest.contact)).all() == ["", ""]
    stored.close()
    again = run(tmp_path, "--db", db, "import", "outcomes", str(report), "--campaign", campaign)
    # the links are erased with the customers: nothing is found, the figures are what they were
    assert again.stdout.splitlines()[:2] == [
        "найдено запросов — 0, отзывов — 0, пропущено строк — 3",
        "запросов 2, доставлено 2, переходов 1, отзывов 1, конверсия 50,0 %",
    ]
