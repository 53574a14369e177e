"""The brief's charts as static PNG pictures, drawn by kaleido in Debian's Chromium.

Offline: MathJax is off (kaleido would otherwise load it from a CDN), plotly.js comes from
the installed plotly package, and the map is MapLibre on a blank style (no tiles). When no
browser can be started, each chart says why it could not be drawn instead of failing the
brief.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass

from dashboard.brief.model import Brief

WIDTH = 900
SCALE = 2  # sharp in print; ~100 KB a chart
TIMEOUT_SECONDS = 60  # per chart
TOTAL_SECONDS = 180  # the whole drawing, browser start included
MAP_SIZE = (600, 520)  # charts.region_map fits North Korea into about 560 × 460
# One browser at a time: the app has many users and the machine two cores.
_LOCK = threading.Lock()


@dataclass(frozen=True)
class ChartImage:
    title: str
    caption: str
    png: bytes | None
    problem: str = ""  # why it could not be drawn; "" when png is set

    @property
    def text(self) -> str:
        """What a document shows in place of a missing picture."""
        return f"Chart could not be drawn: {self.problem}"


def draw_charts(brief: Brief) -> tuple[ChartImage, ...]:
    """The timeline and the map of the brief, as PNG, with the screen's captions."""
    wanted = [
        (
            "Timeline: official above, local accounts below",
            "Markers are claims stated on a known day; bars span a month or a year when only "
            "that is known.",
            brief.timeline,
            {"width": WIDTH, "height": brief.timeline.layout.height or 500},
        ),
        (
            "Claims by region",
            "Provinces coloured by the number of claims in this brief.",
            brief.region_map,
            {"width": MAP_SIZE[0], "height": MAP_SIZE[1]},
        ),
    ]
    jobs = [
        (figure.to_dict(), {"format": "png", "scale": SCALE, **size}) for *_, figure, size in wanted
    ]
    results = _in_browser(jobs)
    return tuple(
        ChartImage(title, caption, None, _reason(result))
        if isinstance(result, BaseException)
        else ChartImage(title, caption, result)
        for (title, caption, _, _), result in zip(wanted, results, strict=True)
    )


def _in_browser(jobs: list[tuple[dict, dict]]) -> list[bytes | BaseException]:
    """Draw every figure in one browser, started for this brief and closed after it.

    Not kaleido's process-wide sync server: when Chromium cannot start, that server's
    thread dies and the next call waits forever. Here a failure comes back as the reason,
    and the whole drawing is bounded by TOTAL_SECONDS.
    """
    results: list = [TimeoutError(f"no picture after {TOTAL_SECONDS} s")] * len(jobs)

    def run() -> None:
        try:
            results[:] = asyncio.run(_draw_all(jobs))
        except BaseException as exc:  # e.g. no browser: every chart gets the reason
            results[:] = [exc] * len(jobs)

    with _LOCK:
        # Its own thread and event loop, so it works under Streamlit or any running loop.
        worker = threading.Thread(target=run, name="brief-charts", daemon=True)
        worker.start()
        worker.join(TOTAL_SECONDS)
    return list(results)


async def _draw_all(jobs: list[tuple[dict, dict]]) -> list[bytes | BaseException]:
    import kaleido

    out: list[bytes | BaseException] = []
    # mathjax=False: kaleido would otherwise fetch MathJax from a CDN.
    async with kaleido.Kaleido(n=1, timeout=TIMEOUT_SECONDS, mathjax=False) as browser:
        for figure, options in jobs:
            try:
                out.append(await browser.calc_fig(figure, opts=options))
            except Exception as exc:  # one chart failing does not stop the other
                out.append(exc)
    return out


def _reason(exc: BaseException) -> str:
    if type(exc).__name__ == "ChromeNotFoundError":
        return (
            "no Chromium browser found to draw it; install Debian's chromium "
            "(scripts/install-system-deps.sh) or set BROWSER_PATH"
        )
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}"[:300] if first else type(exc).__name__
