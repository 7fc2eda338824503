"""The folder tree is the architecture: dependencies point one way, Qt stays in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "smmdesk"
QT_FREE = ("domain", "storage", "services", "io", "charts")
# DESIGN.md's one exception: the PDF writer may draw with QtGui.
QT_ALLOWED_FILES = {"io/pdf.py"}
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
