"""`make dist-check`: the frozen bundle proves itself. Runs its `smmdesk self-test` offscreen (a
non-zero exit fails the check), then prints the bundle's size and the launch of the frozen
self-test against the same self-test from the source tree, measured in the same run."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_TARGET_MB = 150
LAUNCH_RATIO_TARGET = 2.0


def folder_size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    return time.perf_counter() - start, done


def main(bundle: Path) -> int:
    program = bundle / ("smmdesk.exe" if sys.platform == "win32" else "smmdesk")
    if not program.exists():
        print(f"no program at {program}: run `make dist` first")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
                   XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_CACHE_HOME=str(home / "cache"))  # fmt: skip
        report = home / "report.json"
        _, first = timed_run([str(program), "self-test", "--report", str(report)], env)
        print(first.stdout, end="")
        if first.returncode != 0:
            print(first.stderr)
            print(f"FAILED: the frozen self-test exited with {first.returncode}")
            return 1
        facts = json.loads(report.read_text("utf-8"))
        if not facts.get("frozen"):
            print("FAILED: the self-test did not run frozen")
            return 1
        # Warm runs of both (the first above filled the caches: fonts, matplotlib's font list).
        frozen = statistics.median(timed_run([str(program), "self-test"], env)[0] for _ in range(3))
        source = statistics.median(
            timed_run([sys.executable, "-m", "smmdesk", "self-test"], dict(env, PYTHONPATH=str(ROOT)))[0]
            for _ in range(3)
        )
    size = folder_size_mb(bundle)
    ratio = frozen / source
    print(f"bundle {bundle.name}, version {facts['version']}")
    size_ok = "ok" if size <= SIZE_TARGET_MB else "OVER"
    launch_ok = "ok" if ratio <= LAUNCH_RATIO_TARGET else "OVER"
    print(f"bundle size on disk                 {size:8.1f} MB  (target ≤ {SIZE_TARGET_MB} MB)  {size_ok}")
    print(
        f"frozen self-test, launch to exit    {frozen * 1000:8.0f} ms  (source tree {source * 1000:.0f} ms, "
        f"ratio {ratio:.2f}; target ≤ {LAUNCH_RATIO_TARGET:g})  {launch_ok}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
