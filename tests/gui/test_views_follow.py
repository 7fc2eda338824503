"""Views follow the data: after every undo and redo each open view shows the file as it is, and a
change refreshes only the records it names."""

from __future__ import annotations

from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from smmdesk.services import estimates as est
from smmdesk.services.workspace import reading


def tree_estimates(section) -> set[int]:
    return {
        i.data(0, Qt.ItemDataRole.UserRole + 1)
        for i in section._items()
        if i.data(0, Qt.ItemDataRole.UserRole) == "estimate"
    }


def test_the_estimate_tree_and_editor_follow_undo_and_redo(main_demo) -> None:
    estimates = main_demo.show_section("estimates")
    estimates.select("campaign", 4)
    before = tree_estimates(estimates)
    estimates.new_estimate()
    made = estimates.editor.estimate_id
    assert made not in before and tree_estimates(estimates) == before | {made}
    main_demo.workspace.undo.undo()
    assert tree_estimates(estimates) == before
    assert estimates.editor.estimate_id is None and not estimates.editor.isEnabled()
    main_demo.workspace.undo.redo()
    assert tree_estimates(estimates) == before | {made}


def test_a_cell_edit_updates_only_its_estimate_in_the_tree(main_demo, qtbot) -> None:
    estimates = main_demo.show_section("estimates")
    estimates.select("estimate", 1)  # approved: the edit makes version 2
    items_before = {id(item) for item in estimates._items()}
    editor = estimates.editor
    assert editor.model.setData(editor.model.index(0, editor.model.column_index("discount_pct")), "5")
    leaf = next(
        i
        for i in estimates._items()
        if i.data(0, Qt.ItemDataRole.UserRole + 1) == 1 and i.data(0, Qt.ItemDataRole.UserRole) == "estimate"
    )
    assert leaf.text(0).endswith("\nверсия 2, черновик")  # its state follows…
    assert {id(item) for item in estimates._items()} == items_before  # …and nothing was rebuilt
    main_demo.workspace.undo.undo()
    assert "\nверсия 1," in leaf.text(0)


def test_an_influencer_deleted_then_restored_comes_back_under_the_filter(main_demo, answers) -> None:
    influencers = main_demo.show_section("influencers")
    type_text(influencers.search, "анна")
    shown = [influencers.model.row_at(r).influencer_id for r in range(influencers.model.rowCount())]
    assert shown
    influencers.table.selectRow(0)
    person = influencers.model.row_at(0).influencer_id
    answers.queue("confirm", True)
    influencers.delete_selected()
    visible = {influencers.model.row_at(r).influencer_id for r in range(influencers.model.rowCount())}
    assert person not in visible
    assert influencers.detail.influencer_id != person  # the panel does not keep a deleted person
    main_demo.workspace.undo.undo()
    visible = {influencers.model.row_at(r).influencer_id for r in range(influencers.model.rowCount())}
    assert person in visible and influencers.search.text() == "анна"


def test_the_detail_panel_leaves_with_a_row_that_left_the_filter(main_demo) -> None:
    influencers = main_demo.show_section("influencers")
    influencers.filters.statuses.action("new").setChecked(True)
    influencers.table.selectRow(0)
    person = influencers.model.row_at(0).influencer_id
    assert influencers.detail.influencer_id == person
    status = influencers.detail.person_fields["status"].widget
    status.setCurrentIndex(status.findData("working"))
    status.activated.emit(status.currentIndex())
    visible = {influencers.model.row_at(r).influencer_id for r in range(influencers.model.rowCount())}
    assert person not in visible  # no longer "new": out of the filter…
    assert influencers.detail.influencer_id != person  # …and out of the panel
    main_demo.workspace.undo.undo()
    visible = {influencers.model.row_at(r).influencer_id for r in range(influencers.model.rowCount())}
    assert person in visible


def test_a_hidden_section_catches_up_when_shown(main_demo) -> None:
    plan = main_demo.show_section("plan")
    plan.campaigns.setCurrentIndex(plan.campaigns.findData(4))
    plan.show_campaign(4)
    lines_before = sum(len(v) for v in plan.plan.cells.values())
    estimates = main_demo.show_section("estimates")
    estimates.select("estimate", 4)
    estimates.editor.table.selectRow(0)
    estimates.editor.lines.duplicate()
    assert plan._pending  # noted while hidden, not rebuilt ten times over
    main_demo.show_section("plan")
    assert sum(len(v) for v in plan.plan.cells.values()) == lines_before + 1


def test_an_undone_price_takes_its_history_entry_back(main_demo) -> None:
    influencers = main_demo.show_section("influencers")
    influencers.table.selectRow(2)
    detail = influencers.detail
    history = detail.history.count()
    assert detail.terms_model.setData(detail.terms_model.index(0, 1), "19 999")
    assert detail.history.count() == history + 1
    main_demo.workspace.undo.undo()
    assert detail.history.count() == history
    account = detail.detail.accounts[0]
    assert len(account.history) == history
    main_demo.workspace.undo.redo()
    assert detail.history.count() == history + 1


def test_undo_and_redo_keep_the_version_on_screen(main_demo) -> None:
    estimates = main_demo.show_section("estimates")
    estimates.select("estimate", 4)
    editor = estimates.editor
    first = editor.version.lines[0]
    index = editor.model.index(0, editor.model.column_index("quantity"))
    assert editor.model.setData(index, str(first.quantity + 1))
    QTest.qWait(5)
    main_demo.workspace.undo.undo()
    latest = reading(main_demo.workspace.db, est.load_version, editor.version.version_id)
    assert editor.version.lines == latest.lines and editor.version.lines[0].quantity == first.quantity
