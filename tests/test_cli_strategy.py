"""The strategy's commands end to end: new, import tasks and executors, staffing, check, export —
through `--db` on a file or a server, with their output read back."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from decimal import Decimal as D
from pathlib import Path

from test_cli import smmdesk


def run(db: Path, *args: str, home: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return smmdesk("--lang", lang, "--db", str(db), *args, home=home)


def add_checkpoints(db_path: Path, strategy_id: int) -> None:
    """A goal, a KPI with two check-ins, and a checkpoint on it; a checklist nobody ticked."""
    from smmdesk.domain.strategy.control import ChecklistBar, KpiBar
    from smmdesk.services import strategy as st
    from smmdesk.services import strategy_control as ctl
    from smmdesk.services import strategy_items as items
    from smmdesk.services.workspace import open_workspace

    db = open_workspace(db_path)
    try:
        with db.transaction() as s:
            v = st.latest_version(s, strategy_id)
            goal = items.add(s, v, "goal", title="Узнаваемость", kind="awareness", owner="Мария",
                             start=dt.date(2026, 11, 2), end=dt.date(2026, 11, 29))  # fmt: skip
            kpi = items.add(s, v, "kpi", goal_id=goal, metric="Подписчики", unit="", baseline=D(1000),
                            target=D(2000), start=dt.date(2026, 11, 2),
                            due=dt.date(2026, 11, 29))  # fmt: skip
            items.add(
                s, v, "checkpoint", title="Половина пути", day=dt.date(2026, 11, 16), bar=KpiBar(kpi, D(1300))
            )
            items.add(
                s, v, "checkpoint", title="Макеты", day=dt.date(2026, 11, 13), bar=ChecklistBar(("Бриф",))
            )
            items.add(
                s, v, "checkpoint", title="Итог", day=dt.date(2026, 11, 29), bar=ChecklistBar(("Отчёт",))
            )
            ctl.add_check_in(s, strategy_id, kpi, dt.date(2026, 11, 15), D(1320), "Instagram")
    finally:
        db.close()


def test_a_strategy_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    from smmdesk.services.workspace import open_workspace

    home = tmp_path
    if isinstance(db_path, Path):  # a file that is not there yet: only import makes a new one
        missing = run(db_path, "strategy", "new", "Ноябрь", "--from", "2026-11-02", "--to", "2026-11-29",
                      home=home, lang="ru")  # fmt: skip
        assert missing.returncode == 1 and "нет" in missing.stderr and "Traceback" not in missing.stderr
    open_workspace(db_path).close()
    bad = run(db_path, "strategy", "new", "Ноябрь", "--from", "2026-11-30", "--to", "2026-11-02", home=home,
              lang="ru")  # fmt: skip
    assert bad.returncode == 1 and "заканчивается раньше" in bad.stderr and "Traceback" not in bad.stderr
    made = run(db_path, "strategy", "new", "Ноябрь", "--from", "2026-11-02", "--to", "29.11.2026", home=home)
    assert made.returncode == 0, made.stderr
    sid = int(made.stdout.strip())

    people = tmp_path / "люди.csv"
    people.write_text("ФИО;Тип;Роль;Часов в неделю;Ставка\nАнна;сотрудник;дизайнер;20;1500\n", "utf-8")
    tasks = tmp_path / "задачи.xlsx"
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tasks))
    sheet = book.add_worksheet("Задачи")
    for r, row in enumerate([["Задача", "Роль", "Исполнитель", "Начало", "Срок", "Часы"],
                             ["Баннеры", "Дизайнер", "Анна", "09.11.2026", "13.11.2026", 80],
                             ["Тексты", "Копирайтер", "Борис", "16.11.2026", "20.11.2026", 10]]):  # fmt: skip
        sheet.write_row(r, 0, row)
    book.close()
    assert run(db_path, "import", "executors", str(people), "--strategy", str(sid), home=home).returncode == 0
    imported = run(db_path, "import", "tasks", str(tasks), "--strategy", str(sid), home=home)
    assert imported.returncode == 0, imported.stderr
    lines = imported.stdout.splitlines()  # 2 tasks, a new person counted apart
    assert lines[-1] == "tasks added 2, updated 0, skipped 0; people added 1"
    assert "row 3: Борис is not among the strategy's people: added as copywriter, 0 hours" in lines

    out = tmp_path / "staffing.csv"
    staffing = run(db_path, "strategy", "staffing", str(sid), "--out", str(out), home=home)
    assert staffing.returncode == 0, staffing.stderr
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0][:2] == ["Role", "Week"]
    designer = next(r for r in rows if r[0] == "designer" and r[1] == "2026-W46")
    # 80 h in five working days against 20 h: 60 h short, 2 people of 40 h, 60 × 1 500 ₽
    assert designer[2:] == ["80", "20", "60", "2", "90000"] or [
        D(x.replace(",", ".")) for x in designer[2:]
    ] == [D(80), D(20), D(60), D(2), D(90000)]
    printed = run(db_path, "strategy", "staffing", str(sid), home=home, lang="ru")
    assert printed.returncode == 0  # grouped for a person to read, as the window groups them
    assert "дизайнер\t2026-W46\t80,0\t20,0\t60,0\t2\t90\u00a0000,00" in printed.stdout.splitlines()
    english = run(db_path, "strategy", "staffing", str(sid), home=home, lang="en")
    assert "designer\t2026-W46\t80.0\t20.0\t60.0\t2\t90,000.00" in english.stdout.splitlines()

    add_checkpoints(db_path, sid)
    checked = run(db_path, "strategy", "check", str(sid), "--on", "2026-11-20", home=home)
    assert checked.returncode == 0, checked.stderr
    lines = checked.stdout.splitlines()
    assert lines == ["13.11.2026 Макеты: failed", "16.11.2026 Половина пути: passed (1\u00a0320)"]

    ics = tmp_path / "plan.ics"
    assert run(db_path, "export", "strategy", str(sid), "--out", str(ics), home=home).returncode == 0
    from icalendar import Calendar

    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == 5 and {str(e["summary"]) for e in events} >= {"Баннеры", "Контрольная точка: Итог"}
    wrong = run(db_path, "export", "strategy", str(sid), "--out", str(tmp_path / "plan.txt"), home=home)
    assert wrong.returncode == 1 and ".txt" in wrong.stderr and not (tmp_path / "plan.txt").exists()
    import datetime as dt

    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    ahead = run(db_path, "strategy", "check", str(sid), "--on", tomorrow, home=home, lang="ru")
    assert ahead.returncode == 1 and "после сегодняшнего" in ahead.stderr, ahead.stderr
    missing = run(db_path, "strategy", "check", "999", home=home, lang="ru")
    assert missing.returncode == 1 and "999" in missing.stderr and "Traceback" not in missing.stderr


def test_import_tasks_skips_a_row_outside_the_period_and_says_why(db_path: Path, tmp_path: Path) -> None:
    from smmdesk.services.workspace import open_workspace

    open_workspace(db_path).close()
    period = ("--from", "2026-11-02", "--to", "2026-11-29")
    made = run(db_path, "strategy", "new", "Ноябрь", *period, home=tmp_path)
    assert made.returncode == 0, made.stderr
    sheet = tmp_path / "задачи.csv"
    sheet.write_text(
        "Задача;Роль;Начало;Срок;Часы\nБаннеры;дизайнер;09.11.2026;13.11.2026;8\n"
        "Итоги года;аналитик;28.12.2026;30.12.2026;4\n",
        "utf-8",
    )
    imported = run(db_path, "import", "tasks", str(sheet), "--strategy", made.stdout.strip(), home=tmp_path,
                   lang="ru")  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    lines = imported.stdout.splitlines()
    assert "строка 3: Начало: Дата 28.12.2026 вне периода стратегии (02.11.2026 — 29.11.2026)." in lines
    assert lines[-1] == "задач добавлено 1, обновлено 0, пропущено 1; исполнителей добавлено 0"
    assert "Traceback" not in imported.stderr


def test_import_tasks_says_each_row_in_order_in_words_and_counts_what_it_says(
    db_path: Path, tmp_path: Path
) -> None:
    from smmdesk.services.workspace import open_workspace

    open_workspace(db_path).close()
    period = ("--from", "02.11.2026", "--to", "29.11.2026")
    made = run(db_path, "strategy", "new", "Ноябрь", *period, home=tmp_path)
    assert made.returncode == 0, made.stderr
    sheet = tmp_path / "задачи.csv"
    sheet.write_text(
        "Задача;Роль;Исполнитель;Начало;Срок;Часы\n"
        "Баннеры;дизайнер;Ольга;09.11.2026;13.11.2026;8\n"
        "Итоги года;аналитик;;28.12.2026;30.12.2026;4\n"
        "Тексты;копирайтер;Борис;16.11.2026;20.11.2026;10\n"
        "Всё сразу;дизайнер;;09.11.2026;13.11.2026;100000\n",
        "utf-8",
    )
    imported = run(db_path, "import", "tasks", str(sheet), "--strategy", made.stdout.strip(), home=tmp_path,
                   lang="ru")  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    lines = imported.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == ["строка 2", "строка 3", "строка 4", "строка 5"]
    assert lines[0] == (
        "строка 2: Ольга нет среди исполнителей стратегии: добавлен(а) с ролью дизайнер, 0 часов")
    assert lines[1].startswith("строка 3: Начало: Дата 28.12.2026 вне периода стратегии")
    assert lines[2].endswith("с ролью копирайтер, 0 часов") and "не больше 120 ч" in lines[3]
    assert lines[-1] == "задач добавлено 2, обновлено 0, пропущено 2; исполнителей добавлено 2"
    people = tmp_path / "люди.csv"
    people.write_text("ФИО;Тип;Роль;Часов в неделю\nАнна;сотрудник;дизайнер;200\n", "utf-8")
    hours = run(db_path, "import", "executors", str(people), "--strategy", made.stdout.strip(), home=tmp_path,
                lang="ru")  # fmt: skip
    said = hours.stdout.splitlines()
    assert "строка 2: Часов в неделю: Часов в неделю — от 0 до 168: 200" in said, hours.stdout
    assert hours.stdout.splitlines()[-1] == "добавлено 0, обновлено 0, пропущено 1"


def test_a_day_that_is_not_one_is_refused_in_the_user_s_language(db_path: Path, tmp_path: Path) -> None:
    from smmdesk.services.workspace import open_workspace

    open_workspace(db_path).close()
    period = ("--from", "02.11.2026", "--to", "29.11.2026")
    made = run(db_path, "strategy", "new", "Ноябрь", *period, home=tmp_path)
    checked = run(db_path, "strategy", "check", made.stdout.strip(), "--on", "31.13.2026", home=tmp_path,
                  lang="ru")  # fmt: skip
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert "«31.13.2026» — не дата: напишите её как 01.12.2026 или 2026-12-01." in checked.stderr
    assert "usage" not in checked.stderr and "invalid" not in checked.stderr
    wrong = run(db_path, "strategy", "new", "Декабрь", "--from", "01.12.2026", "--to", "32.12.2026",
                home=tmp_path, lang="ru")  # fmt: skip
    assert wrong.returncode == 1 and "«32.12.2026» — не дата" in wrong.stderr
