"""A name typed in a save dialog never writes over another file: a typed extension is kept and the
right one appended («отчёт.pdf.bak» becomes «отчёт.pdf.bak.xlsx», never «отчёт.pdf»), a file of the
appended name that is already there is replaced only after a question, and a report writes only the
files asked for."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import digest, finish_background
from openpyxl import load_workbook

from smmdesk.domain.text import export_names

AUTUMN = 1


@pytest.mark.parametrize(
    ("typed", "wanted", "allowed", "files"),
    [
        ("отчёт.pdf.bak", [".xlsx"], [], ["отчёт.pdf.bak.xlsx"]),
        ("отчёт.pdf", [".xlsx"], [], ["отчёт.pdf.xlsx"]),
        ("отчёт", [".xlsx"], [], ["отчёт.xlsx"]),
        ("отчёт.XLSX", [".xlsx"], [], ["отчёт.XLSX"]),
        ("база.csv", [".xlsx"], [".csv"], ["база.csv"]),
        ("база.txt", [".xlsx"], [".csv"], ["база.txt.xlsx"]),
        ("отчёт.xlsx", [".xlsx", ".pdf"], [], ["отчёт.xlsx", "отчёт.pdf"]),
        ("отчёт.pdf.bak", [".xlsx", ".pdf"], [], ["отчёт.pdf.bak.xlsx", "отчёт.pdf.bak.pdf"]),
        ("v1.2", [".pdf"], [], ["v1.2.pdf"]),
    ],
)
def test_a_typed_extension_is_kept_and_the_right_one_appended(typed, wanted, allowed, files) -> None:
    assert [p.name for p in export_names(f"/x/{typed}", wanted, allowed)] == files


def _others(folder: Path) -> dict[str, str]:
    """Files that are not the export's, each with its bytes' digest."""
    for name in ("отчёт.pdf", "отчёт.pdf.bak", "план.ods"):
        (folder / name).write_bytes(f"не трогать: {name}".encode())
    return {p.name: digest(p) for p in folder.iterdir()}


def test_the_influencer_export_writes_beside_a_file_of_another_type(
    influencers_window, answers, tmp_path, qtbot
) -> None:
    before = _others(tmp_path)
    answers.queue("save_file", str(tmp_path / "отчёт.pdf.bak"))
    influencers_window.export(selected_only=False)
    finish_background(qtbot)
    assert {n: digest(tmp_path / n) for n in before} == before
    sheet = load_workbook(tmp_path / "отчёт.pdf.bak.xlsx").active
    assert sheet["A1"].value == "Имя"


def test_an_appended_name_that_exists_is_replaced_only_when_confirmed(
    influencers_window, answers, tmp_path, qtbot
) -> None:
    earlier = tmp_path / "база.xlsx"
    earlier.write_bytes(b"the earlier export")
    answers.queue("save_file", str(tmp_path / "база"))
    answers.queue("confirm", False)
    influencers_window.export(selected_only=False)
    finish_background(qtbot)
    assert earlier.read_bytes() == b"the earlier export"
    assert "база.xlsx" in answers.texts("confirm")[0]
    answers.queue("save_file", str(tmp_path / "база"))
    answers.queue("confirm", True)
    influencers_window.export(selected_only=False)
    finish_background(qtbot)
    assert load_workbook(earlier).active["A1"].value == "Имя"


@pytest.fixture
def kpis(main_demo):
    section = main_demo.show_section("kpis")
    section.campaign.setCurrentIndex(section.campaign.findData(AUTUMN))
    section.show_campaign()
    return section


def test_the_report_writes_only_the_files_asked_for(kpis, answers, tmp_path, qtbot) -> None:
    before = _others(tmp_path)
    (xlsx,) = kpis.export_report(".xlsx", str(tmp_path / "отчёт.pdf"))
    finish_background(qtbot)
    assert xlsx.name == "отчёт.pdf.xlsx" and load_workbook(xlsx).sheetnames[0] == "КПЭ"
    assert {n: digest(tmp_path / n) for n in before} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*before, "отчёт.pdf.xlsx"])


def test_both_files_of_a_report_ask_before_replacing_the_one_not_named(
    kpis, answers, tmp_path, qtbot
) -> None:
    before = _others(tmp_path)
    assert kpis.export_report(".xlsx .pdf", str(tmp_path / "отчёт.xlsx")) == []  # refused: отчёт.pdf is there
    finish_background(qtbot)
    assert "отчёт.pdf" in answers.texts("confirm")[0]
    assert {p.name: digest(p) for p in tmp_path.iterdir()} == before
    answers.queue("confirm", True)
    xlsx, pdf = kpis.export_report(".xlsx .pdf", str(tmp_path / "отчёт.xlsx"))
    finish_background(qtbot)
    assert pdf.read_bytes().startswith(b"%PDF") and load_workbook(xlsx).sheetnames[0] == "КПЭ"


def test_the_plan_register_estimate_and_protocol_keep_a_typed_extension(
    main_demo, answers, tmp_path, qtbot
) -> None:
    before = _others(tmp_path)
    plan = main_demo.show_section("plan")
    made = [plan.export("ru", str(tmp_path / "отчёт.pdf"))]
    finish_background(qtbot)
    placements = main_demo.show_section("placements")
    made.append(placements.register.export(str(tmp_path / "план.ods")))
    finish_background(qtbot)
    contests = main_demo.show_section("contests")
    contests.select(1)
    made.append(contests.draw.export_protocol(".pdf", str(tmp_path / "отчёт.pdf.bak")))
    finish_background(qtbot)
    estimates = main_demo.show_section("estimates")
    assert estimates.select("estimate", 2)
    answers.queue("save_file", str(tmp_path / "отчёт.pdf"))
    estimates.editor.export("xlsx")
    finish_background(qtbot)
    made.append(tmp_path / "отчёт.pdf.xlsx")
    assert [p.name for p in made if p is not None] == [
        "отчёт.pdf.xlsx", "план.ods.xlsx", "отчёт.pdf.bak.pdf", "отчёт.pdf.xlsx",
    ]  # fmt: skip
    assert {n: digest(tmp_path / n) for n in before} == before
    assert all(p.stat().st_size > 0 for p in made)
