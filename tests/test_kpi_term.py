"""One word for a KPI in Russian: «КПЭ» in every Russian string of the interface, its messages and
the command line (the translation), and in the Russian strategy document the client receives (PDF
read by poppler, XLSX cell by cell); English says KPI."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from rendering import pdf_text

from smmdesk.services import strategy as st
from smmdesk.services.strategy_document import export_strategy
from smmdesk.services.workspace import open_workspace

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "smmdesk_ru.ts"


def russian_texts() -> list[tuple[str, str]]:
    """(source, each of its Russian translations) of the Russian translation file."""
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found += [(source, text) for text in forms]
    return found


def test_the_russian_interface_says_kpe_and_never_kpi() -> None:
    texts = russian_texts()
    latin = [(source, text) for source, text in texts if "KPI" in text]
    assert latin == []
    about_kpis = [(source, text) for source, text in texts if "KPI" in source]
    assert len(about_kpis) > 15  # the section, its forms, messages and the document speak of KPIs
    # the campaign's KPI table heads its column of figure names «Показатель»: neither term
    assert [pair for pair in about_kpis if "КПЭ" not in pair[1]] == [("KPI", "Показатель")]
    assert [source for source, _ in texts if "КПЭ" in source] == []  # English says KPI


@pytest.fixture(scope="module")
def document(demo_copy: Path, tmp_path_factory: pytest.TempPathFactory, qapp) -> dict[str, str]:
    """The demo's strategy document in Russian, as its reader sees the text."""
    from smmdesk.i18n import translator_for

    folder = tmp_path_factory.mktemp("kpi-term")
    db = open_workspace(demo_copy)
    texts = {}
    try:
        with db.reading() as s:
            sid = st.list_strategies(s)[0].id
        for suffix in (".pdf", ".xlsx"):
            path = folder / f"стратегия{suffix}"
            with db.reading() as s:
                export_strategy(s, sid, path, translator_for("ru"))
            if suffix == ".pdf":
                texts[suffix] = pdf_text(path)
            else:
                book = load_workbook(path)
                cells = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value]
                texts[suffix] = "\n".join([*book.sheetnames, *cells])
    finally:
        db.close()
    return texts


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_the_russian_strategy_document_says_kpe_and_never_kpi(document: dict[str, str], suffix: str) -> None:
    text = document[suffix]
    assert "КПЭ" in text and "KPI" not in text
