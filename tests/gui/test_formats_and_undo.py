"""Formats and platforms managed in Settings reach the influencer table; undo that fails is reported."""

from __future__ import annotations

from smmdesk.services import influencers as svc
from smmdesk.services.workspace import reading
from smmdesk.ui.core.undo import ServiceCommand, UndoController
from smmdesk.ui.dialogs.formats_page import FormatsPage


def test_a_new_format_becomes_a_column_and_undo_retires_it(qtbot, influencers_window, answers) -> None:
    window = influencers_window
    page = FormatsPage(window.ws)
    qtbot.addWidget(page)
    answers.queue("text", "Прямой эфир")
    page.add_format()
    assert "Прямой эфир" in [page.formats.item(i).text() for i in range(page.formats.count())]
    headers = [c.title for c in window.model.columns]
    assert "Прямой эфир" in headers
    window.ws.undo.undo()
    assert "Прямой эфир" not in [c.title for c in window.model.columns]
    assert any(
        f.title == "Прямой эфир" and f.archived
        for f in reading(window.ws.db, svc.formats, include_archived=True)
    )


def test_a_builtin_format_cannot_be_renamed(qtbot, influencers_window, answers) -> None:
    page = FormatsPage(influencers_window.ws)
    qtbot.addWidget(page)
    page.formats.setCurrentRow(0)
    answers.queue("text", "Что-то")
    page.rename_format()
    assert "нельзя переименовать" in page.error.text()


def test_a_platform_added_is_offered_everywhere(qtbot, influencers_window, answers) -> None:
    window = influencers_window
    page = FormatsPage(window.ws)
    qtbot.addWidget(page)
    answers.queue("text", "Пикабу")
    page.add_platform()
    assert "Пикабу" in window.platform_titles.values()
    window.ws.undo.undo()
    assert "Пикабу" not in window.platform_titles.values()


def test_a_failing_undo_is_reported_and_the_history_dropped(qtbot) -> None:
    controller = UndoController()
    failures = []
    controller.failed.connect(failures.append)

    def broken(_: object) -> None:
        raise RuntimeError("the file went away")

    controller.run(ServiceCommand("edit", lambda: 1, broken))
    assert controller.stack.canUndo()
    controller.undo()
    assert len(failures) == 1 and "went away" in str(failures[0])
    qtbot.waitUntil(lambda: controller.stack.count() == 0)
