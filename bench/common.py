"""What the benchmarks share: peak memory, a run in a child process, best-of timing."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def peak_mb() -> float:
    """This process's peak resident memory, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(script: str, kind: str, *args: str) -> dict:
    """Run `script --child KIND ARGS…` in its own process (so its peak memory is its own)
    and return the JSON object it prints last."""
    out = subprocess.run(
        [sys.executable, script, "--child", kind, *args],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def timed(function, repeat: int = 3) -> tuple[float, object]:
    """The best time of `repeat` calls, and the last call's result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result
