"""`make bench`: runs every tests/benchmarks/bench_*.py and prints each figure beside its target."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(selected: list[str]) -> int:
    import common

    for path in sorted(HERE.glob("bench_*.py")):
        if selected and not any(s in path.stem for s in selected):
            continue
        print(f"\n== {path.stem}", flush=True)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.run()
    over = [r["name"] for r in common.RESULTS if not r["ok"]]
    print(
        f"\n{len(common.RESULTS)} figures, {len(over)} over target"
        + (f": {', '.join(map(str, over))}" if over else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
