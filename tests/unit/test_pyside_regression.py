"""PySide6 6.12.0 on CPython 3.11 drops a reference to None per call of a void method and then dies.

pyproject.toml keeps that pair out; this makes sure the installed pair does not leak.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_drop_references_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(10_000):
        result = obj.setObjectName(f"n{i % 7}")
        assert result is None
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references in 10,000 calls"


def test_dependency_declaration_excludes_the_crashing_pair() -> None:
    import tomllib
    from pathlib import Path

    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.version import Version

    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8"))
    requirements = [Requirement(r) for r in pyproject["project"]["dependencies"] if r.startswith("PySide6")]
    assert all(r.name == "PySide6-Essentials" for r in requirements)
    for python in ("3.11", "3.12", "3.13"):
        env = {"python_version": python, "python_full_version": python + ".0"}
        active = [r for r in requirements if r.marker is None or Marker(str(r.marker)).evaluate(env)]
        assert active, python
        allows_6120 = all(r.specifier.contains(Version("6.12.0")) for r in active)
        assert allows_6120 is (python != "3.11")
        assert all(r.specifier.contains(Version("6.11.3")) for r in active)
