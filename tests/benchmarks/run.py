"""`make bench`: runs every tests/benchmarks/bench_*.py, each in its own process (so one's memory
and caches do not colour the next), and prints each figure beside its target.

`make bench` runs them all; `python tests/benchmarks/run.py estimates` runs the files whose name
contains "estimates".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ONE = (
    "import sys; sys.path[:0] = [{here!r}, {root!r}]; "
    "import importlib.util as u; s = u.spec_from_file_location('bench', {path!r}); "
    "m = u.module_from_spec(s); s.loader.exec_module(m); m.run()"
)


def main(selected: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    over: list[str] = []
    figures = 0
    for path in sorted(HERE.glob("bench_*.py")):
        if selected and not any(s in path.stem for s in selected):
            continue
        print(f"\n== {path.stem}", flush=True)
        code = ONE.format(here=str(HERE), root=str(HERE.parents[1]), path=str(path))
        process = subprocess.Popen(
            [sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        assert process.stdout is not None
        for line in process.stdout:
            if "propagateSizeHints" in line:
                continue
            print(line, end="", flush=True)
            if line.rstrip().endswith((" ok", " OVER")):
                figures += 1
                if line.rstrip().endswith(" OVER"):
                    over.append(line[:48].strip())
        if process.wait():
            print(f"{path.stem} failed with exit status {process.returncode}")
            return 1
    print(f"\n{figures} figures, {len(over)} over target" + (f": {', '.join(over)}" if over else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
