"""Laptop screens: at 1366×768 and 1280×720 every section fits, nothing is clipped, the estimate keeps
whose line it is in view when scrolled right, column titles are readable, the window opens inside
the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from smmdesk.ui.windows.main_window import fit_to_screen
from smmdesk.ui.windows.sections import SECTIONS

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
# The screen less a task bar (40 px) and a title bar (30 px): what a maximised window's inside gets.
SCREENS = {"1366x768": QSize(1366, 768 - 70), "1280x720": QSize(1280, 720 - 70)}


def prepare(window, key: str) -> QWidget:
    """The section as a planner sees it at work: a record chosen, its details filled in."""
    section = window.show_section(key)
    if key == "influencers":
        section.table.selectRow(2)
    elif key == "estimates":
        section.select("estimate", 2)
        section.editor.table.selectRow(1)
    elif key == "plan":
        section.campaigns.setCurrentIndex(section.campaigns.findData(1))
        section.show_campaign(1)
    elif key == "placements":
        section.campaign.setCurrentIndex(section.campaign.findData(5))
        section.apply_filter()
        section.table.selectRow(3)
    elif key == "contests":
        section.select(1)
    elif key == "reputation":
        section.choose(1)
        section.queue.table.selectRow(0)
    return section


def clipped(window: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text (or squeezed under their height), and
    lists whose items are wider than the list, or tab bars whose tabs are wider than the bar (read
    only by scrolling sideways)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() == 0:
            continue
        if isinstance(widget, QListView) and widget.horizontalScrollBar().maximum() > 0:
            found.append(f"{widget.objectName() or type(widget).__name__}: items wider than the list")
            continue
        if isinstance(widget, QHeaderView):
            found += cut_titles(widget)
            continue
        if isinstance(widget, QComboBox):
            found += cut_combo_text(widget)
            continue
        if isinstance(widget, QTabBar):
            tabs = sum(widget.tabRect(i).width() for i in range(widget.count()))
            if tabs > widget.width():  # the last tabs reached only by the scroll arrows
                name = widget.parent().objectName()
                found.append(f"{name}: tabs wider than their bar ({tabs} > {widget.width()})")
            continue
        if isinstance(widget, QPushButton) and widget.text():
            # The text and a little padding (a style may ask more, but an arrow button is fine narrow).
            text = widget.text().replace("&", "")
            need = QSize(widget.fontMetrics().horizontalAdvance(text) + 10, widget.fontMetrics().height())
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.minimumSizeHint()
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            need = widget.minimumSizeHint()
        else:
            continue
        if widget.width() < need.width() or widget.height() < need.height():
            name = widget.objectName() or type(widget).__name__
            size = f"{widget.width()}×{widget.height()} < {need.width()}×{need.height()}"
            found.append(f"{name} «{widget.text()[:40]}»: {size}")
    return found


def cut_titles(header: QHeaderView) -> list[str]:
    """Column titles of a visible horizontal header that are cut: a title on one line wider than its
    column (with its sort indicator and margins, as the header itself sizes it), or a wrapping title
    whose longest word is wider than the column or whose lines are taller than the header."""
    model = header.model()
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    if model is None or not horizontal or not header.isVisibleTo(header.window()):
        return []
    found = []
    metrics = header.fontMetrics()
    wraps = bool(header.defaultAlignment() & Qt.TextFlag.TextWordWrap)
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        title = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        if not title:
            continue
        width = header.sectionSize(logical)
        need = header.sectionSizeFromContents(logical)  # the title on one line and its margins
        if need.width() <= width:
            continue
        margins = need.width() - metrics.horizontalAdvance(title)
        if wraps:
            widest = max(metrics.horizontalAdvance(word) for word in title.split())
            lines = metrics.boundingRect(
                QRect(0, 0, max(width - margins, 1), 10_000), int(Qt.TextFlag.TextWordWrap.value), title
            ).height()
            if widest + margins <= width and lines <= header.height():
                continue
        owner = header.parent().objectName() or type(header.parent()).__name__
        found.append(f"{owner}: column title «{title}» cut ({width}px < {need.width()}px)")
    return found


def cut_combo_text(combo: QComboBox) -> list[str]:
    """A combo box whose current text, or placeholder when it shows one, is wider than its text area."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    area = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    texts = [combo.currentText()]
    if combo.isEditable() and combo.lineEdit() is not None:
        texts.append(combo.lineEdit().placeholderText())
    if combo.currentIndex() < 0:
        texts.append(combo.placeholderText())
    metrics = combo.fontMetrics()
    icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
    found = []
    for text in filter(None, texts):
        need = metrics.horizontalAdvance(text) + icon
        if need > area.width():
            name = combo.objectName() or type(combo).__name__
            found.append(f"{name} «{text[:40]}»: text {need}px in a {area.width()}px box")
    return found


def tab_pages(section: QWidget) -> list[tuple[QTabWidget, int]]:
    return [(tabs, index) for tabs in section.findChildren(QTabWidget) for index in range(tabs.count())]


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("key", [spec.key for spec in SECTIONS])
def test_every_section_fits_with_nothing_clipped(main_demo, screen, key) -> None:
    size = SCREENS[screen]
    main_demo.resize(size)
    section = prepare(main_demo, key)
    problems = []
    for tabs, index in [(None, 0), *tab_pages(section)]:
        if tabs is not None:
            tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert main_demo.size() == size, f"the window grew to {main_demo.size()} to hold {key}"
        where = f"{key}" + (f", tab «{tabs.tabText(index)}»" if tabs is not None else "")
        problems += [f"{where}: {problem}" for problem in clipped(main_demo)]
    assert problems == []


def test_the_window_opens_inside_the_screens_available_area(main_window) -> None:
    main_window.resize(1920, 1080)  # remembered from a large monitor
    main_window.move(400, 300)
    available = QRect(0, 0, 1366, 728)
    fit_to_screen(main_window, available)
    frame = main_window.frameGeometry()
    assert available.contains(frame), frame


def test_the_estimate_keeps_whose_line_in_view_when_scrolled_right(main_demo) -> None:
    main_demo.resize(SCREENS["1366x768"])
    estimates = prepare(main_demo, "estimates")
    table = estimates.editor.table
    estimates.editor.internal.setChecked(True)
    QApplication.processEvents()
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0  # wider than the screen: it scrolls
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    pinned = table.pinned
    assert pinned.isVisible()
    assert pinned.width() == table.columnWidth(0) + table.columnWidth(1)
    shown = [pinned.model().headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert shown == ["№", "Блогер / расход"]
    assert pinned.visualRect(pinned.model().index(1, 1)).isValid()  # the name of line 2 is on screen
    assert not any(pinned.isColumnHidden(c) for c in range(2))


def test_column_titles_wrap_or_say_all_in_a_tooltip(main_demo) -> None:
    main_demo.resize(SCREENS["1366x768"])
    estimates = prepare(main_demo, "estimates")
    table = estimates.editor.table
    header = table.horizontalHeader()
    model = table.model()
    estimates.editor.internal.setChecked(True)  # every column shown, the internal ones too
    QApplication.processEvents()
    for column in range(model.columnCount()):
        assert not header.isSectionHidden(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        needed = header.title_height(column)
        assert needed <= header.height(), f"«{title}» needs {needed}px of a {header.height()}px header"
        assert tip and len(tip) >= len(title)
    assert (
        model.headerData(
            model.column_index("quantity"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        == "Количество"
    )


def test_the_payment_column_tells_part_from_full(main_demo) -> None:
    placements = prepare(main_demo, "placements")
    placements.campaign.setCurrentIndex(0)
    placements.apply_filter()
    model = placements.model
    column = model.column_index("paid_state")
    shown = {model.row_at(r).paid_state: model.index(r, column).data() for r in range(model.rowCount())}
    assert shown.get("paid") == "полностью"
    partly = [
        model.index(r, column).data()
        for r in range(model.rowCount())
        if model.row_at(r).paid_state == "partly"
    ]
    assert partly and all(text.startswith("частично, ") and text.endswith("%") for text in partly)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_terms_and_the_price_history_fit_the_detail_panel(main_demo, screen) -> None:
    main_demo.resize(SCREENS[screen])
    influencers = prepare(main_demo, "influencers")
    terms = influencers.detail.terms
    QApplication.processEvents()
    table = terms.table
    shown = sum(
        table.columnWidth(c) for c in range(table.model().columnCount()) if not table.isColumnHidden(c)
    )
    assert shown <= table.viewport().width() + 1  # nothing to scroll sideways
    assert table.horizontalScrollBar().maximum() == 0
    assert terms.history.wordWrap() and terms.history.width() <= influencers.detail.width()


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_preferences_fit_with_nothing_clipped(main_demo, screen) -> None:
    from smmdesk.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_demo.workspace, main_demo.settings, main_demo)
    dialog.show()
    QApplication.processEvents()
    size = SCREENS[screen]
    assert dialog.width() <= size.width() and dialog.height() <= size.height()
    problems = []
    for tabs, index in tab_pages(dialog):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [f"tab «{tabs.tabText(index)}»: {problem}" for problem in clipped(dialog)]
    zone = dialog.time_zone  # the contests' time zone: every zone readable in the closed box
    widest = max(zone.fontMetrics().horizontalAdvance(zone.itemText(i)) for i in range(zone.count()))
    assert zone.width() >= widest
    dialog.close()
    assert problems == []


def reputation_dialog(section: QWidget, name: str) -> QWidget:
    """One of the Репутация section's dialogs, opened on the demo's first brand."""
    if name == "lists":
        return section.library.open_lists()
    if name == "weights":
        return section.choice.open_weights()
    if name == "import":
        return section.import_mentions(str(SAMPLES / "mentions_youscan.xlsx"))
    raise KeyError(name)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("name", ["lists", "weights", "import"])
def test_the_reputation_dialogs_fit_with_nothing_clipped(main_demo, screen, name) -> None:
    main_demo.resize(SCREENS[screen])
    section = prepare(main_demo, "reputation")
    dialog = reputation_dialog(section, name)
    QApplication.processEvents()
    size = SCREENS[screen]
    assert dialog.width() <= size.width() and dialog.height() <= size.height()
    problems = clipped(dialog)
    dialog.close()
    assert problems == []


def test_the_plan_export_names_each_language_in_its_own_words(main_demo) -> None:
    main_demo.resize(SCREENS["1280x720"])
    plan = prepare(main_demo, "plan")
    QApplication.processEvents()
    button = plan.export_button
    assert [a.text() for a in button.menu().actions()] == ["Русский…", "English…"]
    assert button.width() >= button.minimumSizeHint().width()
    assert button.geometry().right() <= plan.width()  # on screen, not pushed off the row


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_payment_column_is_in_view_without_scrolling(main_demo, screen) -> None:
    main_demo.resize(SCREENS[screen])
    placements = prepare(main_demo, "placements")
    QApplication.processEvents()
    table, model = placements.table, placements.model
    assert table.horizontalScrollBar().value() == 0
    rect = table.visualRect(model.index(0, model.column_index("paid_state")))
    assert rect.isValid() and rect.right() <= table.viewport().width(), rect


def test_the_estimate_shows_its_total_column_at_1280x720(main_demo) -> None:
    main_demo.resize(SCREENS["1280x720"])
    estimates = prepare(main_demo, "estimates")
    QApplication.processEvents()
    table = estimates.editor.table
    model = table.model()
    assert table.horizontalScrollBar().value() == 0
    for key in ("unit_price", "gross", "discount_pct", "net"):
        rect = table.visualRect(model.index(0, model.column_index(key)))
        title = model.headerData(model.column_index(key), Qt.Orientation.Horizontal)
        assert rect.isValid() and rect.right() <= table.viewport().width(), f"«{title}» off screen: {rect}"
    assert table.pinned.isVisible()
    export = estimates.editor.workflow.export_button
    assert export.isVisible() and export.width() >= export.minimumSizeHint().width()
    assert export.mapTo(estimates, export.rect().bottomRight()).x() <= estimates.width()


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_import_dialog_fits_with_nothing_clipped(main_demo, screen, qtbot) -> None:
    """The mapping page (its sheet and saved mapping read whole) and the preview's tabs."""
    from conftest import SAMPLES

    from smmdesk.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(main_demo.workspace, SAMPLES / "influencers_planner.xlsx", main_demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20000)
    fit_to_screen(dialog, QRect(QPoint(0, 0), SCREENS[screen]))
    QApplication.processEvents()
    size = SCREENS[screen]
    assert dialog.width() <= size.width() and dialog.height() <= size.height()
    problems = [f"mapping: {problem}" for problem in clipped(dialog)]
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=20000)
    for tabs, index in tab_pages(dialog):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [f"preview «{tabs.tabText(index)}»: {problem}" for problem in clipped(dialog)]
    dialog.close()
    assert problems == []


def strategy_dialogs(section) -> list[QWidget]:
    """Every form of the Стратегия section, filled from the demo's strategy."""
    from smmdesk.domain.strategy.plan import InitiativeKind
    from smmdesk.ui.dialogs import strategy_control_dialogs as cd
    from smmdesk.ui.dialogs import strategy_plan_dialogs as pd
    from smmdesk.ui.windows import strategy_edits

    version = section.state.version
    checklist = next(c for c in version.checkpoints if c.bar.__class__.__name__ == "ChecklistBar")
    records = {InitiativeKind.CAMPAIGN: [(5, "Осенняя распродажа — Ромашка, ноябрь 2026")]}
    sources = strategy_edits.kpi_sources(section)
    kpi = version.kpis[0]
    start, end = section.state.info.period_from, section.state.info.period_to
    return [
        pd.GoalDialog(version, version.goals[1], section),
        pd.GoalDialog(version, pd.new_goal(start, end, version.goals[0].id), section),
        pd.KpiDialog(version, kpi, sources, section),
        pd.KpiDialog(version, pd.new_kpi(version.goals[0].id, start, end), sources, section),
        cd.CheckpointDialog(version, cd.new_checkpoint(section.day, "kpi", kpi), section),
        cd.CheckInDialog(kpi, section.day, section),
        pd.InitiativeDialog(version, version.initiatives[0], records, section),
        pd.TaskDialog(version, version.tasks[0], section),
        pd.ExecutorDialog(version, version.executors[0], section),
        pd.RaciDialog(version, version.tasks[0], section),
        cd.AgreementDialog(version, version.agreements[3], section),
        cd.PaymentDialog(version, version.agreements[0], section.day, section),
        cd.CheckpointDialog(version, version.checkpoints[0], section),
        cd.TicksDialog(checklist, section),
        cd.VerdictDialog(version.checkpoints[3], section.day, section),
        cd.DecisionDialog(version.checkpoints[2], "Перепланировать: добавить ролики и посевы", section),
    ]


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_strategy_forms_fit_with_nothing_clipped(main_demo, screen) -> None:
    main_demo.resize(SCREENS[screen])
    section = prepare(main_demo, "strategy")
    size = SCREENS[screen]
    problems = []
    for dialog in strategy_dialogs(section):
        dialog.show()
        QApplication.processEvents()
        name = type(dialog).__name__
        if dialog.width() > size.width() or dialog.height() > size.height():
            problems.append(f"{name}: {dialog.width()}×{dialog.height()} is larger than the screen")
        problems += [f"{name}: {problem}" for problem in clipped(dialog)]
        dialog.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_mentions_detail_fits_its_panel_and_reads_every_choice(main_demo, screen) -> None:
    """Nothing of the chosen mention's panel reaches past its right edge, and each severity, status
    and category reads whole in its closed box."""
    from PySide6.QtWidgets import QComboBox, QScrollArea

    main_demo.resize(SCREENS[screen])
    section = prepare(main_demo, "reputation")
    QApplication.processEvents()
    queue = section.queue
    scrolls = queue.findChildren(QScrollArea)
    scroll = next(s for s in scrolls if s.widget().findChild(QWidget, "mentionHeading"))
    panel = scroll.widget()
    assert panel.width() <= scroll.viewport().width()
    combos = [c for c in panel.findChildren(QComboBox) if c.isVisibleTo(panel)]
    assert len(combos) >= 3
    cut = []
    for combo in combos:
        for i in range(combo.count()):  # every choice, as it reads once chosen
            combo.setCurrentIndex(i)
            cut += cut_combo_text(combo)
    assert cut == []


def show_view(view: QWidget) -> None:
    """Makes every tab and stacked page on the way to `view` the current one."""
    from PySide6.QtWidgets import QStackedWidget

    child, parent = view, view.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            (tabs if isinstance(tabs, QTabWidget) else parent).setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    QApplication.processEvents()


def strategy_views(section: QWidget) -> list[QAbstractItemView]:
    """Every table and tree of the Стратегия section (the charts and lists aside)."""
    from PySide6.QtWidgets import QTableView, QTreeView

    return [
        view
        for view in section.findChildren(QAbstractItemView)
        if isinstance(view, QTableView | QTreeView) and view.model() is not None
    ]


def loose_columns(view: QAbstractItemView) -> list[str]:
    """What is wrong with a view's columns: together narrower than the view (the rest of it empty),
    a cell's text wider than its column while the columns' texts would all fit (elided for nothing)."""
    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    count = header.count()
    widths = [header.sectionSize(c) for c in range(count) if not header.isSectionHidden(c)]
    room = view.viewport().width()
    found = []
    if sum(widths) < room - 2:
        found.append(f"columns {sum(widths)}px of {room}px: the rest empty")
    hints = [max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(count)]
    if sum(hints) <= room:
        found += [
            f"column «{header.model().headerData(c, Qt.Orientation.Horizontal)}» {header.sectionSize(c)}px "
            f"< its text {hints[c]}px"
            for c in range(count)
            if not header.isSectionHidden(c) and header.sectionSize(c) < hints[c]
        ]
    return found


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_strategy_tables_fill_their_width_with_every_text_whole(main_demo, screen, tmp_path) -> None:
    """Each table and tree of every Стратегия tab (goals, KPIs, tasks, RACI, initiatives, people,
    load, who is missing, agreements, budget, payments, board, checkpoints, versions) takes the
    width it has: columns sized to their text, the text column taking the rest; no header cut."""
    import os

    main_demo.resize(SCREENS[screen])
    section = prepare(main_demo, "strategy")
    keep = os.environ.get("SMMDESK_KEEP_SCREENSHOTS")
    problems = []
    views = strategy_views(section)
    assert len(views) >= 14
    for view in views:
        show_view(view)
        if keep:
            main_demo.grab().save(str(Path(keep) / f"strategy-{screen}-{view.objectName()}.png"))
        header = view.header() if hasattr(view, "header") else view.horizontalHeader()
        where = f"{screen} {view.objectName() or type(view).__name__}"
        problems += [f"{where}: {p}" for p in loose_columns(view) + cut_titles(header)]
    assert problems == [], "\n".join(problems)


def review_forms(section: QWidget) -> list[QWidget]:
    """The «Отзывы» tab's forms on the demo's review campaign: its settings and what came back."""
    from smmdesk.services.reviews import campaigns, requests
    from smmdesk.services.session import reading
    from smmdesk.ui.dialogs.review_campaign_dialog import ReviewCampaignDialog
    from smmdesk.ui.dialogs.review_outcome_dialog import ReviewOutcomeDialog

    db, tab = section.db, section.reviews
    ident = tab.campaign.currentData()
    info = reading(db, campaigns.campaign_info, ident)
    waves = reading(db, requests.waves_of, ident)
    load = lambda wave: reading(db, requests.wave_requests, wave)  # noqa: E731
    return [
        ReviewCampaignDialog("Настройки кампании", info.campaign, tab.today(), parent=tab),
        ReviewOutcomeDialog(waves, info.campaign.public_platforms, tab.today(), load, tab),
    ]


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_review_forms_fit_with_nothing_clipped(main_demo, screen, tmp_path) -> None:
    main_demo.resize(SCREENS[screen])
    section = prepare(main_demo, "reputation")
    section.tabs.setCurrentWidget(section.reviews)
    section.choose(section.reviews.client_id or section.brand.itemData(0))
    for index in range(section.brand.count()):  # the demo's brand with a campaign
        section.choose(section.brand.itemData(index))
        if section.reviews.campaign.count():
            break
    size, problems = SCREENS[screen], []
    for dialog in review_forms(section):
        dialog.show()
        QApplication.processEvents()
        name = type(dialog).__name__
        dialog.grab().save(str(tmp_path / f"{name}-{screen}.png"))  # to look at
        if dialog.width() > size.width() or dialog.height() > size.height():
            problems.append(f"{name}: {dialog.width()}×{dialog.height()} is larger than the screen")
        problems += [f"{name}: {problem}" for problem in clipped(dialog)]
        dialog.close()
    assert problems == [], "\n".join(problems)


def review_import_dialog(section, name: str, folder: Path) -> QWidget:  # type: ignore[no-untyped-def]
    """The «Отзывы» tab's import dialogs, opened on a campaign of the demo's first brand."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))
    from review_setup import coffee_campaign, write_customers

    from smmdesk.services.reviews import campaigns
    from smmdesk.services.session import in_transaction

    in_transaction(section.db, campaigns.create_campaign, 1, coffee_campaign())
    tab = section.reviews
    section.tabs.setCurrentWidget(tab)
    tab.show_brand(1)
    if name == "customers":
        return tab.import_customers(str(write_customers(folder / "crm.csv")))
    survey = folder / "google.csv"
    survey.write_text(
        "Отметка времени,Ваш телефон,Номер заказа,Насколько вероятно что вы порекомендуете нас?,"
        "Насколько вы довольны покупкой?,Что нам улучшить?\n"
        "01.12.2026 11:20:44,89161234567,10232,3,1,Курьер опоздал на два часа\n"
        "01.12.2026 12:05:10,+7 903 123-45-67,10233,11,2,Долго ждала ответа поддержки\n",
        encoding="utf-8",
    )
    return tab.import_survey(str(survey))


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("name", ["customers", "survey"])
def test_the_review_import_dialogs_fit_with_nothing_clipped(main_demo, screen, name, tmp_path) -> None:  # type: ignore[no-untyped-def]
    main_demo.resize(SCREENS[screen])
    section = prepare(main_demo, "reputation")
    dialog = review_import_dialog(section, name, tmp_path)
    fit_to_screen(dialog, QRect(QPoint(0, 0), SCREENS[screen]))
    QApplication.processEvents()
    size = SCREENS[screen]
    assert dialog.width() <= size.width() and dialog.height() <= size.height()
    assert dialog.notes.isVisible()  # each value not taken, row by row
    problems = clipped(dialog)
    dialog.close()
    assert problems == []
