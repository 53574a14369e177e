"""What users see, in a real browser: `streamlit run` on a free port against a temporary demo
database, driven by Debian's Chromium through Playwright.

Skipped, with the reason, where Chromium is not installed (`make setup` installs it);
PARALLAX_REQUIRE_BROWSER=1 (as in CI) turns the skip into a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
DOCS = ROOT / "docs"
HYESAN_DEATHS = "Isolation-ward deaths at Ryanggang Provincial People's Hospital, spring 2021"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        reason = "Debian's chromium is not installed (make setup installs it)"
        if os.environ.get("PARALLAX_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


def _streamlit(url: str, log_path: Path):
    """`streamlit run dashboard/app.py`, as a user starts it, on the database at `url`."""
    port = _free_port()
    log = log_path.open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "dashboard/app.py",
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": url, "PARALLAX_ROLE": "viewer"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail(f"streamlit did not answer on {base}; see {log.name}")

    def stop():
        process.terminate()
        process.wait(timeout=20)
        log.close()

    return base, stop


@pytest.fixture(scope="module")
def server(tmp_path_factory, demo_url):
    """The dashboard on the demo database (read only by these tests)."""
    from dashboard.store import Store, make_engine

    store = Store(make_engine(demo_url))
    events = store.events()
    store.engine.dispose()
    base, stop = _streamlit(demo_url, tmp_path_factory.mktemp("log") / "streamlit.log")
    yield base, events
    stop()


@pytest.fixture(scope="module")
def writable_server(tmp_path_factory, demo_url):
    """The dashboard on a copy of the demo database, for tests that write to it."""
    folder = tmp_path_factory.mktemp("writable")
    copy = folder / "demo.db"
    copy.write_bytes(Path(demo_url.removeprefix("sqlite:///")).read_bytes())
    base, stop = _streamlit(f"sqlite:///{copy}", folder / "streamlit.log")
    yield base, folder / "streamlit.log"
    stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 2200})
    page = context.new_page()
    outside: list[str] = []

    def only_local(route):
        if route.request.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.outside_requests = outside
    yield page
    context.close()


def _wait_for_app(page) -> None:
    """Until the page is connected and its script has run to the end. The app root carries
    the run's state: "initial" before the first run, "running" during one, "notRunning"
    once a run has finished, so an action taken after this meets a settled page (the status
    widget alone is also absent before the first run has started)."""
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=60_000
    )
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000
    )
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )


def _save(page, name: str, docs: bool = False) -> None:
    """Screenshots go to tests/artifacts/; the README's copies in docs/ are refreshed only on
    request (PARALLAX_UPDATE_SCREENSHOTS=1), so a test run leaves the work tree clean."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))
    if docs and os.environ.get("PARALLAX_UPDATE_SCREENSHOTS") == "1":
        DOCS.mkdir(exist_ok=True)
        page.screenshot(path=str(DOCS / name))


def test_overview_draws_the_map_and_timeline_with_no_outside_request(server, page):
    base, _ = server
    page.goto(f"{base}/?region=KP-10")  # the default page lives at the root
    _wait_for_app(page)
    page.get_by_text("Claims by region").wait_for()
    assert page.get_by_text("Page not found").count() == 0
    charts = page.locator('[data-testid="stPlotlyChart"]')
    # The map and the timeline; the page draws them one after the other.
    charts.nth(1).wait_for(timeout=60_000)
    # The map is MapLibre drawing the shipped boundaries onto a canvas.
    page.locator('[data-testid="stPlotlyChart"] canvas').first.wait_for(timeout=60_000)
    page.wait_for_timeout(1500)
    _save(page, "overview.png", docs=True)
    assert page.outside_requests == []
    assert "region=KP-10" in page.url


def test_event_page_sets_both_sides_side_by_side(server, page):
    base, events = server
    event_id = int(events.loc[events["title"] == HYESAN_DEATHS, "id"].iloc[0])
    page.goto(f"{base}/event?event={event_id}")
    _wait_for_app(page)
    page.get_by_role("heading", name=HYESAN_DEATHS).wait_for(timeout=60_000)
    # The column headings (the timeline chart names its lanes the same way).
    official_heading = page.get_by_role("heading", name="Official statements", exact=True)
    local_heading = page.get_by_role("heading", name="Local accounts", exact=True)
    official_heading.wait_for()
    local_heading.wait_for()
    official = official_heading.bounding_box()
    local = local_heading.bounding_box()
    assert official["x"] < local["x"]  # official on the left, local on the right
    body = page.inner_text('[data-testid="stMain"]')
    assert "tuberculosis" in body and "COVID-19" in body
    assert "A source in Yanggang Province" not in body
    page.wait_for_timeout(1000)
    _save(page, "event.png", docs=True)
    assert page.outside_requests == []


def test_region_page_draws_counts_over_time(server, page):
    base, _ = server
    page.goto(f"{base}/region?region=KP-10")
    _wait_for_app(page)
    page.get_by_text("Official vs reported counts over time").wait_for(timeout=60_000)
    page.locator('[data-testid="stPlotlyChart"]').first.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    _save(page, "region.png")
    assert page.outside_requests == []


def test_clicking_a_province_on_the_map_filters_to_it(server, page):
    base, _ = server
    page.goto(f"{base}/")
    _wait_for_app(page)
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    chart.locator("canvas").first.wait_for(timeout=60_000)
    page.wait_for_timeout(2000)
    box = chart.bounding_box()
    # Ryanggang sits in the upper middle of the map, whose centre and zoom are fixed.
    page.mouse.click(box["x"] + box["width"] * 0.50, box["y"] + box["height"] * 0.36)
    page.wait_for_url("**region=KP-10**", timeout=30_000)
    page.get_by_text("Showing region KP-10.").wait_for(timeout=30_000)


def test_review_page_marks_proposals_in_a_pasted_article(writable_server, page):
    base, log = writable_server
    page.goto(f"{base}/review")
    _wait_for_app(page)
    page.get_by_text("Add a document", exact=True).click()
    pasted = page.get_by_label("…or paste the article's text")
    pasted.fill(
        "The Ryanggang Provincial People's Hospital said eight patients died of tuberculosis "
        "on April 15, 2021. But residents say they died of COVID-19, a source in Yanggang "
        "Province said. <script>document.title='owned'</script>"
    )
    # A text area in a form hands its value over when it loses focus, as when a user
    # moves on; leaving it first keeps the button's click from racing that hand-over.
    pasted.press("Tab")
    button = page.get_by_role("button", name="Read and propose claims")
    button.click()
    # Whatever the form answers (success, or a message that says why not), the failure
    # shows it, with the page's text and the server's log, rather than a bare timeout.
    form = page.locator('[data-testid="stExpander"]').filter(has_text="Add a document")
    answer = form.locator(
        '[data-testid="stAlertContentSuccess"], [data-testid="stAlertContentError"], '
        '[data-testid="stAlertContentInfo"], [data-testid="stAlertContentWarning"], '
        '[data-testid="stException"]'
    ).first
    try:
        answer.wait_for(timeout=30_000)
    except PlaywrightTimeout:
        # On a loaded machine a click has been seen to reach no one (CI: no run started, the
        # page as it was). The form empties its text area when it is sent, so text still
        # there means it never was: click once more, and say so in the test report.
        if (
            page.locator('[data-testid="stApp"]').get_attribute("data-test-script-state")
            == "notRunning"
            and pasted.input_value()
        ):
            warnings.warn(
                "the first click on 'Read and propose claims' was lost; clicked again",
                stacklevel=1,
            )
            button.click()
    try:
        answer.wait_for(timeout=90_000)
    except PlaywrightTimeout as error:
        _save(page, "review-failed.png")
        main = page.locator('[data-testid="stMain"]')
        shown = main.inner_text() if main.count() else "(no main area)"
        state = page.locator('[data-testid="stApp"]').get_attribute("data-test-script-state")
        pytest.fail(
            f"no answer to the click ({error!r}); script state {state!r}; the page showed:\n"
            f"{shown[-2000:]}\nthe server's log ended:\n{log.read_text()[-3000:]}"
        )
    assert "claim(s) proposed for review" in answer.inner_text(), answer.inner_text()
    _wait_for_app(page)
    marks = page.locator("mark")
    marks.first.wait_for(timeout=60_000)
    assert marks.count() >= 2
    assert "tuberculosis" in marks.first.inner_text()
    page.get_by_role("button", name="Accept").wait_for()
    assert page.title() != "owned"
    _save(page, "review.png")
    assert page.outside_requests == []
