"""The folder tree is the architecture: dependencies point one way, Qt stays in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "smmdesk"
QT_FREE = ("domain", "storage", "services", "io", "charts")
# DESIGN.md's one exception: the PDF writer (one package) may draw with QtGui.
QT_ALLOWED_FILES = {"io/pdf/__init__.py", "io/pdf/page.py", "io/pdf/paint.py"}
FORBIDDEN_LAYERS = {
    "domain": (
        "smmdesk.storage",
        "smmdesk.services",
        "smmdesk.io",
        "smmdesk.charts",
        "smmdesk.ui",
        "sqlalchemy",
    ),
    "storage": ("smmdesk.services", "smmdesk.io", "smmdesk.charts", "smmdesk.ui"),
    "services": ("smmdesk.ui",),
    "io": ("smmdesk.storage", "smmdesk.services", "smmdesk.ui", "sqlalchemy"),
    "charts": ("smmdesk.storage", "smmdesk.services", "smmdesk.ui", "sqlalchemy"),
    "ui": ("smmdesk.storage", "sqlalchemy"),
}
# The one atomic writer every file goes through (it needs only the domain's errors): backups and
# copies of the database are files too.
ALLOWED = {"storage": ("smmdesk.io.atomic",)}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            if node.args and isinstance(node.args[0], ast.Constant):
                names.append(str(node.args[0].value))
    return names


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_layers_exist() -> None:
    for layer in (*QT_FREE, "ui"):
        assert (PACKAGE / layer / "__init__.py").is_file(), layer


def test_no_qt_below_the_ui() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in layer_files(layer):
            relative = path.relative_to(PACKAGE).as_posix()
            if relative in QT_ALLOWED_FILES:
                continue
            offenders += [
                f"{relative}: {name}" for name in imports_of(path) if name.split(".")[0] == "PySide6"
            ]
    assert offenders == []


def test_dependencies_point_one_way() -> None:
    offenders = []
    for layer, forbidden in FORBIDDEN_LAYERS.items():
        for path in layer_files(layer):
            for name in imports_of(path):
                if name in ALLOWED.get(layer, ()):
                    continue
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    offenders.append(f"{path.relative_to(PACKAGE).as_posix()}: {name}")
    assert offenders == []


def test_no_pyplot_in_the_application() -> None:
    offenders = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if any(name.startswith("matplotlib.pyplot") for name in imports_of(path))
        or "from matplotlib import pyplot" in path.read_text("utf-8")
    ]
    assert offenders == []


def test_heavy_libraries_are_imported_lazily() -> None:
    """openpyxl and matplotlib load when first needed, never at module import (start-up time)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in tree.body:
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("openpyxl", "matplotlib", "alembic") for n in names):
                offenders.append(path.relative_to(PACKAGE).as_posix())
    # Migrations run only when a file needs one, through storage/migrate.py's lazy imports.
    assert sorted(o for o in set(offenders) if not o.startswith("storage/migrations/")) == []


# Widgets that change what a planner typed: a spin box drops the keystroke past its maximum (150
# becomes 15), a QDateEdit turns a date typed into an empty field into nonsense. The program has
# text fields refused by the rules, and one date field (ui/widgets/date_field.py).
BANNED_WIDGETS = {
    "QSpinBox": (),
    "QDoubleSpinBox": (),
    "QDateEdit": (),
    "QCalendarWidget": ("ui/widgets/date_field.py",),
}


def test_no_widget_that_changes_what_was_typed() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text("utf-8"))
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        offenders += [
            f"{relative}: {name}"
            for name, allowed in BANNED_WIDGETS.items()
            if name in names and relative not in allowed
        ]
    assert offenders == []


MAX_WINDOW_MODULE = 400  # lines
MAX_CONSTRUCTOR = 60  # lines of an __init__, or of a section's build()


def test_windows_are_written_in_small_pieces() -> None:
    """Every module of the interface stays readable in one sitting, and so does each constructor."""
    long_modules, long_constructors = [], []
    for path in layer_files("ui"):
        relative = path.relative_to(PACKAGE).as_posix()
        text = path.read_text("utf-8")
        if len(text.splitlines()) > MAX_WINDOW_MODULE:
            long_modules.append(f"{relative}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef) and node.name in ("__init__", "build"):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_CONSTRUCTOR:
                    long_constructors.append(f"{relative}:{node.lineno} {node.name}: {length} lines")
    assert long_modules == [] and long_constructors == []


def test_every_section_is_written_on_the_section_base() -> None:
    from smmdesk.ui.windows.section import Section
    from smmdesk.ui.windows.sections import SECTIONS

    for spec in SECTIONS:
        if spec.widget is not None:
            factory = spec.factory
            assert isinstance(factory, type) and issubclass(factory, Section), spec.key


def test_no_window_looks_for_the_status_bar() -> None:
    """Status messages go through ui/core/notify.py, not getattr(self.window(), "statusBar")."""
    offenders = [
        path.relative_to(PACKAGE).as_posix()
        for path in layer_files("ui")
        if "statusBar" in path.read_text("utf-8") and path.name != "main_window.py"
    ]
    assert offenders == []
