"""One range for each number, in the domain: `1e27` in a fee field, followers of 2^63 and more, views
of 1e23 and every other way a number comes in are refused with the range in words; nothing is stored,
and no OverflowError, InvalidOperation, IntegrityError or ValueError reaches a person."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from faults_support import smmdesk

from smmdesk.domain import limits
from smmdesk.domain.contests import Prize
from smmdesk.domain.limits import OutOfRange
from smmdesk.domain.metrics import Metric
from smmdesk.i18n import error_text
from smmdesk.services import campaigns, contests, estimates, kpi, placements, publications
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import reading

MONEY_WORDS = "Сумма — от 0 до 999 999 999 999,99 ₽"
COUNT_WORDS = "от 0 до 1 000 000 000 000"
HUGE = Decimal("1e27")


@pytest.fixture
def placements_section(main_demo):  # type: ignore[no-untyped-def]
    section = main_demo.show_section("placements")
    section.campaign.setCurrentIndex(section.campaign.findData(5))
    section.apply_filter()
    return section


def test_1e27_in_the_fee_field_is_refused_with_the_range(placements_section) -> None:
    section = placements_section
    section.table.selectRow(0)
    detail = section.detail
    before = reading(section.ws.db, placements.get_row, detail.row.id).fee
    detail.fee.setText("1e27")
    detail.fee.editingFinished.emit()
    assert MONEY_WORDS in detail.payments_tab.form["fee"].error.text()  # the fee is on the payments tab
    assert reading(section.ws.db, placements.get_row, detail.row.id).fee == before


def test_views_of_1e23_typed_in_the_grid_are_refused_with_the_range(placements_section) -> None:
    grid = placements_section.metrics
    column = grid.model.column_index("impressions")
    row = grid.model.row_at(0)
    before = reading(placements_section.ws.db, publications.metrics_of, row.id).get(Metric.IMPRESSIONS)
    assert not grid.model.setData(grid.model.index(0, column), "100000000000000000000000")
    assert COUNT_WORDS in grid.message.text()
    assert (
        reading(placements_section.ws.db, publications.metrics_of, row.id).get(Metric.IMPRESSIONS) == before
    )


def test_an_imported_list_with_followers_of_2_63_takes_the_rest_of_the_row(tmp_path: Path, russian) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Имя;Площадка;Аккаунт;Подписчики;Фото с товаром\n"
        "Анна;Instagram;@anna;9223372036854775808;1000000000000000000000000000 руб\n"
        "Борис;Telegram;@boris;12 000;15 000\n",
        "utf-8",
    )
    db = tmp_path / "base.smmdesk"
    result = smmdesk("--lang", "ru", "--db", str(db), "import", "influencers", str(listing),
                     "--report", str(tmp_path / "report.csv"), home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "добавлено 2, обновлено 0, пропущено 0"
    report = (tmp_path / "report.csv").read_text("utf-8-sig")
    assert "не 9223372036854775808" in report and "не 1000000000000000000000000000 руб" in report
    from smmdesk.services.workspace import open_workspace

    base = open_workspace(db, read_only=True)
    try:
        with base.reading() as session:
            table = svc.load_table(session)
    finally:
        base.close()
    anna = next(r for r in table.rows if r.handle == "anna")
    boris = next(r for r in table.rows if r.handle == "boris")
    assert anna.followers is None and all(p is None for p in anna.prices)
    assert boris.followers == 12000


def test_statistics_with_views_of_1e23_set_the_figure_aside(demo_path: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from smmdesk.services.workspace import open_workspace

    db = open_workspace(demo_path)
    try:
        with db.reading() as session:
            url = next(r.url for r in placements.list_rows(session, 5) if r.url)
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Ссылка", "Просмотры", "Лайки"])
        sheet.append([url, 1e23, 10])
        path = tmp_path / "stats.xlsx"
        book.save(path)
        with db.reading() as session:
            plan = publications.plan_metric_import(session, publications.open_metrics_file(path))
        ((placement_id, row),) = plan.matched
        assert Metric.IMPRESSIONS not in row.values and row.values[Metric.LIKES] == 10
        assert row.problems == ["impressions: 99999999999999991611392"]
        with db.transaction() as session:
            publications.apply_metric_import(session, plan, "measured", dt.date(2026, 11, 20))
        with db.reading() as session:
            assert publications.metrics_of(session, placement_id)[Metric.LIKES].value == 10
    finally:
        db.close()


def _refusals(db, demo_ids):  # type: ignore[no-untyped-def]
    """Every other way a number comes in, each given a value past its range."""
    account, placement, line, contest, campaign = demo_ids
    big_count = limits.COUNT_MAX + 1
    return {
        "a typed price": lambda s: svc.set_terms(s, account, 1, {"price": HUGE}),
        "followers typed": lambda s: svc.update_account(s, account, {"followers": 2**63}),
        "a line's unit price": lambda s: estimates.update_line(s, line, {"unit_price": HUGE}),
        "a line's blogger fee": lambda s: estimates.update_line(s, line, {"contractor_fee": HUGE}),
        "a line's quantity": lambda s: estimates.update_line(s, line, {"quantity": 2**40}),
        "a placement's fee": lambda s: placements.update_placement(s, placement, {"fee": HUGE}),
        "a payment": lambda s: placements.add_payment(s, placement, dt.date(2026, 11, 1), HUGE, "final"),
        "a prize's value": lambda s: contests.set_prizes(s, contest, [Prize("Приз", 1, HUGE)]),
        "a prize's quantity": lambda s: contests.set_prizes(s, contest, [Prize("Приз", 10**6, Decimal(1))]),
        "a contest's budget": lambda s: contests.update_contest(s, contest, {"budget": HUGE}),
        "a campaign's budget": lambda s: campaigns.update_campaign(s, campaign, {"budget_limit": HUGE}),
        "a KPI target": lambda s: kpi.set_target(s, campaign, "reach", Decimal(big_count)),
        "views typed": lambda s: publications.set_metrics(
            s,
            placement,
            {Metric.IMPRESSIONS: publications.MetricValue(big_count, "measured", dt.date.today())},
        ),
        "revenue typed": lambda s: publications.set_metrics(
            s, placement, {Metric.REVENUE: publications.MetricValue(HUGE, "measured", dt.date.today())}
        ),
    }


def _everything(db) -> list[list[tuple]]:  # type: ignore[no-untyped-def]
    """Every row of every table, in an order that does not depend on the engine."""
    from sqlalchemy import select

    from smmdesk.storage.models import Base

    with db.reading() as session:
        return [
            sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        ]


def test_every_way_a_number_comes_in_has_its_range(demo_path: Path, russian) -> None:
    from conftest import digest

    from smmdesk.services.workspace import open_workspace
    from smmdesk.storage.models import Account, Contest, EstimateLine, EstimateVersion, Placement

    db = open_workspace(demo_path)
    try:
        with db.reading() as session:
            ids = (
                session.query(Account.id).order_by(Account.id).first()[0],
                session.query(Placement.id).filter(Placement.status != "cancelled").first()[0],
                session.query(EstimateLine.id)
                .join(EstimateVersion, EstimateVersion.id == EstimateLine.version_id)
                .filter(EstimateVersion.status == "draft")
                .first()[0],
                session.query(Contest.id).filter(Contest.status == "draft").first()[0],
                5,
            )
        db.close()
        on_file = isinstance(demo_path, Path)
        before = digest(demo_path) if on_file else None
        db = open_workspace(demo_path)
        stored = _everything(db)
        said = {}
        for what, attempt in _refusals(db, ids).items():
            with pytest.raises(OutOfRange) as caught, db.transaction() as session:
                attempt(session)
            said[what] = error_text(caught.value)
        assert _everything(db) == stored  # nothing stored, on either engine
    finally:
        db.close()
    if on_file:
        assert digest(demo_path) == before  # not a byte of the file changed
    for what, text in said.items():
        assert "от 0 до" in text or "от 1 до 10 000" in text, (what, text)


def test_the_largest_sum_fits_64_bit_kopecks_and_comes_back_exactly(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        influencer = svc.create_influencer(session, "Миллиардер", "telegram", "@rich")
        account = svc.detail(session, influencer).accounts[0].id
        svc.set_terms(session, account, 1, {"price": limits.MONEY_MAX})
    with db.reading() as session:
        (terms,) = svc.detail(session, influencer).accounts[0].terms
    assert terms.price == Decimal("999999999999.99")
    assert limits.MONEY_MAX * 100 * 90_000 < limits.INT64_MAX


HOSTILE = ["1e1000000", "-1e1000000", "9e999999999999", "1E+400000", "NaN", "sNaN", "inf", "-Infinity",
           "1" + "0" * 5000]  # fmt: skip


def test_1e1000000_typed_as_a_fee_is_refused_in_words(placements_section) -> None:
    section = placements_section
    section.table.selectRow(0)
    detail = section.detail
    before = reading(section.ws.db, placements.get_row, detail.row.id).fee
    not_a_sum = "не денежная сумма"
    for typed, words in (("1e1000000", MONEY_WORDS), ("NaN", not_a_sum), ("-inf", not_a_sum)):
        detail.fee.setText(typed)
        detail.fee.editingFinished.emit()
        assert words in detail.payments_tab.form["fee"].error.text(), typed
    assert reading(section.ws.db, placements.get_row, detail.row.id).fee == before


@pytest.mark.parametrize("text", HOSTILE)
def test_every_number_reader_refuses_huge_exponents_nan_and_infinity_as_its_contract_says(text: str) -> None:
    """Money refuses in words (ValidationError); the readers of imported cells raise their short
    ValueError ("not a number", which the import report puts in words); the window's reader says None."""
    from smmdesk.domain import cell_values, humannum, money
    from smmdesk.domain.errors import ValidationError
    from smmdesk.ui.core.formatting import parse_decimal, parse_whole

    with pytest.raises(ValidationError):
        money.parse_money(text)
    for reader in (
        humannum.parse_count,
        humannum.parse_percent,
        humannum.parse_price,
        cell_values.parse_decimal,
    ):
        with pytest.raises(ValueError) as caught:
            reader(text)
        assert len(str(caught.value)) < 200  # never a 4300-digit conversion message
    assert parse_decimal(text) is None
    with pytest.raises(ValueError):
        parse_whole(text)


def test_an_imported_list_of_hostile_numbers_is_reported_row_by_row(tmp_path: Path, russian) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Имя;Площадка;Аккаунт;Подписчики;ER;Фото с товаром\n"
        "Анна;Instagram;@anna;1e1000000;NaN;1e1000000\n"
        "Борис;Telegram;@boris;inf;-Infinity;9e999999999999\n"
        "Вера;Telegram;@vera;12 000;4,5;15 000\n",
        "utf-8",
    )
    db = tmp_path / "base.smmdesk"
    result = smmdesk("--lang", "ru", "--db", str(db), "import", "influencers", str(listing),
                     "--report", str(tmp_path / "report.csv"), home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = (tmp_path / "report.csv").read_text("utf-8-sig")
    said = [line.split(";") for line in report.splitlines()[1:]]
    reasons = {(row, reason) for row, outcome, _, reason in said if outcome == "warning"}
    assert reasons == {
        ("2", "число не распознано: «1e1000000»"),
        ("2", "ER не принят (нужен процент от 0 до 100): «NaN»"),
        ("2", "цена не распознана: «1e1000000»"),
        ("3", "число не распознано: «inf»"),
        ("3", "ER не принят (нужен процент от 0 до 100): «-Infinity»"),
        ("3", "цена не распознана: «9e999999999999»"),
    }
    from smmdesk.services.workspace import open_workspace

    base = open_workspace(db, read_only=True)
    try:
        with base.reading() as session:
            rows = {r.handle: r for r in svc.load_table(session).rows}
    finally:
        base.close()
    assert (
        rows["anna"].followers is None
        and rows["anna"].er is None
        and all(p is None for p in rows["anna"].prices)
    )
    assert rows["vera"].followers == 12000 and rows["vera"].er == 450  # hundredths of a per cent


def _statistics(tmp_path: Path, url: str, *rows: list[object]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ссылка", "Дата", "Просмотры", "Лайки"])
    for row in rows:
        sheet.append([url, *row])
    path = tmp_path / "stats.xlsx"
    book.save(path)
    return path


def test_statistics_of_1_5_views_are_refused_never_rounded_and_said_row_by_row(
    demo_path: Path, tmp_path: Path
) -> None:
    from smmdesk.services.workspace import open_workspace

    db = open_workspace(demo_path)
    try:
        with db.reading() as session:
            url = next(r.url for r in placements.list_rows(session, 5) if r.url)
        path = _statistics(tmp_path, url, ["20.11.2026", "1,5", 10])
        with db.reading() as session:
            plan = publications.plan_metric_import(session, publications.open_metrics_file(path))
        ((_, row),) = plan.matched
        assert Metric.IMPRESSIONS not in row.values and row.values[Metric.LIKES] == 10  # never 2
        assert [r.row for r in plan.set_aside] == [2]  # the row is shown with what was not taken
        assert row.problems == ["impressions: 1,5"]
    finally:
        db.close()


def test_statistics_with_a_date_that_cannot_be_read_refuse_that_row(
    demo_path: Path, tmp_path: Path, russian
) -> None:
    from smmdesk.services.workspace import open_workspace

    db = open_workspace(demo_path)
    try:
        with db.reading() as session:
            url = next(r.url for r in placements.list_rows(session, 5) if r.url)
        path = _statistics(tmp_path, url, ["31.02.2026", 500, 10])
        with db.reading() as session:
            plan = publications.plan_metric_import(session, publications.open_metrics_file(path))
        assert plan.matched == []  # never dated by the day chosen in the window instead
        ((row, reason),) = plan.refused
        assert row.row == 2 and "31.02.2026" in error_text(reason)
    finally:
        db.close()


def test_the_window_shows_each_figure_not_taken_and_each_row_refused(
    placements_section, answers, tmp_path: Path, qtbot
) -> None:
    from conftest import finish_background

    grid = placements_section.metrics
    url = next(r.url for r in grid.model.rows if r.url)
    path = _statistics(tmp_path, url, ["20.11.2026", "1,5", 10], ["31.02.2026", 500, 10])
    answers.queue("confirm", False)
    grid.import_statistics(str(path))
    finish_background(qtbot)
    (shown,) = answers.texts("confirm")
    assert "Строка 2: не взято — Просмотры: 1,5" in shown
    assert "Строка 3: Дата 31.02.2026 не читается" in shown
