"""Press briefs as a reader gets them: real files from the real renderers (python-docx,
WeasyPrint, kaleido in Debian's Chromium), read back with python-docx and pypdf."""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest
from docx import Document
from pypdf import PdfReader

from dashboard.brief import command
from dashboard.brief.formats import FORMATS, format_for
from dashboard.brief.images import draw_charts
from dashboard.brief.model import (
    BriefProblem,
    Scope,
    build_brief,
    discrepancy_sentences,
    in_window,
    load_brief,
)
from dashboard.brief.render import render
from dashboard.brief.text import safe_url
from dashboard.interchange.importer import import_claims
from dashboard.store import Store, make_engine
from tests.factories import claim_row, write_csv

ROOT = Path(__file__).resolve().parent.parent
HYESAN = Scope("KP-10", date(2021, 3, 1), date(2021, 4, 30))
HYESAN_DEATHS = "Isolation-ward deaths at Ryanggang Provincial People's Hospital"
DAILY_NK_URL = "https://www.dailynk.com/english/joint-task-force-cracks-down-on-users-illegal-cell-phones-hyesan/"
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(1)>"
NOW = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
HAS_BROWSER = bool(os.environ.get("BROWSER_PATH") or shutil.which("chromium"))
REQUIRE_BROWSER = os.environ.get("PARALLAX_REQUIRE_BROWSER") == "1"


def protected_names() -> list[str]:
    with (ROOT / "data" / "demo" / "sources.csv").open(encoding="utf-8", newline="") as handle:
        return [row["source"] for row in csv.DictReader(handle) if row["protected"] == "true"]


def text_of(fmt: str, content: bytes) -> str:
    """What a reader of the file sees, as plain text."""
    if fmt == "docx":
        document = Document(io.BytesIO(content))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return content.decode("utf-8")


def squeezed(text: str) -> str:
    """Without white space: a long URL wraps over lines in a PDF."""
    return re.sub(r"\s+", "", text)


def require_browser() -> None:
    if not HAS_BROWSER:
        reason = "no Chromium (apt-get install chromium) to draw the brief's charts"
        if REQUIRE_BROWSER:
            pytest.fail(reason + " — PARALLAX_REQUIRE_BROWSER=1 makes this an error")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def demo_store(demo_url):
    store = Store(make_engine(demo_url), role="viewer")
    yield store
    store.engine.dispose()


@pytest.fixture(scope="module")
def hyesan(demo_store):
    """The Hyesan brief, charts drawn once, in every format."""
    brief = load_brief(demo_store, HYESAN, now=NOW)
    images = draw_charts(brief)
    return brief, images, {fmt: render(brief, fmt, images) for fmt in FORMATS}


# ---- the Hyesan brief ------------------------------------------------------------------


def test_hyesan_brief_holds_the_deaths_event_found_through_the_store(demo_store, hyesan):
    brief, _, _ = hyesan
    events = demo_store.events()
    deaths = events[events["title"].str.startswith(HYESAN_DEATHS)]
    assert len(deaths) == 1
    assert int(deaths["id"].iloc[0]) in [e.id for e in brief.events]
    event = next(e for e in brief.events if e.title.startswith(HYESAN_DEATHS))
    assert event.discrepancy[0].startswith("Cause of 8 deaths: tuberculosis")
    assert "COVID-19 (local accounts)" in event.discrepancy[0]
    official, local = event.rows[0]
    assert "tuberculosis" in official.what and "COVID-19" in local.what
    assert brief.as_of == "Generated 2026-11-28 09:30 UTC; latest claim stated 2021."


@pytest.mark.parametrize("fmt", FORMATS)
def test_hyesan_brief_says_the_key_facts_in_every_format(hyesan, fmt):
    _, _, files = hyesan
    text = text_of(fmt, files[fmt])
    for fact in ("tuberculosis", "COVID-19", "8", "Ryanggang (KP-10)", "Daily NK"):
        assert fact in text, fact
    # The grades: the hospital F, the central government D, the informant C.
    for grade in ("grade F", "grade D", "grade C", "F (cannot be judged)", "C (fairly reliable)"):
        assert grade in text, grade
    assert DAILY_NK_URL in squeezed(text)
    assert "Protected source #" in text
    for name in protected_names():
        assert name not in text
    for caveat in ("Single source", "Uncorroborated"):
        assert caveat in text


def test_editor_brief_still_names_protected_sources_only_by_label(demo_store):
    editor = Store(demo_store.engine, role="editor")
    assert "A source in Yanggang Province (Daily NK, 2021)" in set(editor.sources()["source"])
    text = render(load_brief(editor, HYESAN), "md").decode("utf-8")
    assert "Protected source #" in text
    for name in protected_names():
        assert name not in text


def test_markdown_is_plain_readable_text(hyesan):
    _, _, files = hyesan
    text = files["md"].decode("utf-8")
    assert text.startswith("# Press brief: Ryanggang (KP-10), 2021-03-01 to 2021-04-30\n")
    assert "| Official line | Local accounts |" in text
    assert "<" not in text.replace(f"<{DAILY_NK_URL}>", "")  # no HTML, only the autolink
    assert "\\[" not in text  # citation numbers read as [1], not escaped
    assert "[1]" in text


def test_brief_is_one_to_two_pages(hyesan):
    _, _, files = hyesan
    assert 1 <= len(PdfReader(io.BytesIO(files["pdf"])).pages) <= 2


def test_html_brief_is_self_contained_and_scriptless(hyesan):
    _, _, files = hyesan
    page = files["html"].decode("utf-8")
    assert "<script" not in page.lower()
    assert 'src="http' not in page and "url(" not in page
    assert f'<a href="{DAILY_NK_URL}">' in page


# ---- charts ------------------------------------------------------------------------------


def test_charts_are_drawn_into_every_format_when_chromium_exists(hyesan):
    require_browser()
    _, images, files = hyesan
    assert [i.problem for i in images] == ["", ""]
    assert all(i.png.startswith(b"\x89PNG") for i in images)
    assert files["html"].decode("utf-8").count('src="data:image/png;base64,') == 2
    assert len(Document(io.BytesIO(files["docx"])).inline_shapes) == 2
    pictures = sum(len(page.images) for page in PdfReader(io.BytesIO(files["pdf"])).pages)
    assert pictures >= 2  # each PNG, and its transparency mask where it has one


def test_a_missing_browser_is_said_in_the_brief_not_fatal(hyesan, monkeypatch):
    brief, _, _ = hyesan
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    images = draw_charts(brief)
    assert all(i.png is None and "Chromium" in i.problem for i in images)
    for fmt in ("html", "docx", "pdf"):
        assert "Chart could not be drawn: no Chromium browser" in text_of(
            fmt, render(brief, fmt, images)
        )


# ---- hostile and foreign text --------------------------------------------------------------


def _one_claim_store(sqlite_url, tmp_path, **overrides) -> Store:
    store = Store(make_engine(sqlite_url), role="viewer")
    rows = [
        claim_row(**overrides),
        claim_row(
            voice="local",
            source="Resident source (test)",
            cause="COVID-19",
            statement="Residents said the eight died of COVID-19.",
            quote="",
        ),
    ]
    report = import_claims(store, write_csv(tmp_path / "claims.csv", rows))
    assert report.ok, report.errors
    return store


@pytest.fixture
def hostile(sqlite_url, tmp_path):
    store = _one_claim_store(
        sqlite_url,
        tmp_path,
        statement=PAYLOAD,
        quote=PAYLOAD,
        document_title=PAYLOAD,
        document_url="javascript:alert(1)",
    )
    # No charts: the payload is in the text; the charts' own drawing is tested above.
    yield load_brief(store, Scope("KP-10"), now=NOW), ()
    store.engine.dispose()


def test_payloads_in_claims_are_escaped_in_html(hostile):
    brief, images = hostile
    page = render(brief, "html", images).decode("utf-8")
    assert "<script" not in page.lower() and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript' not in page
    assert "not a web link, shown as text: javascript:alert(1)" in page


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_payloads_in_claims_are_literal_text_in_pdf_and_docx(hostile, fmt):
    brief, images = hostile
    content = render(brief, fmt, images)
    text = text_of(fmt, content)
    assert squeezed(PAYLOAD) in squeezed(text)
    if fmt == "pdf":
        assert b"/JavaScript" not in content and b"/JS " not in content
        links = [
            a.get_object().get("/A", {}).get("/URI")
            for page in PdfReader(io.BytesIO(content)).pages
            for a in page.get("/Annots") or []
        ]
        assert not any(str(uri).startswith("javascript") for uri in links if uri)


def test_payloads_in_markdown_cannot_open_html_or_links(hostile):
    brief, _ = hostile
    text = render(brief, "md").decode("utf-8")
    unescaped = re.findall(r"(?<!\\)<(?!https?://)", text)
    assert not unescaped, "a '<' a renderer would read as HTML"
    assert "\\<script\\>alert(1)\\</script\\>\\<img src=x onerror=alert(1)\\>" in text
    assert "](javascript" not in text


def test_korean_place_names_render_in_the_pdf(sqlite_url, tmp_path):
    fonts = subprocess.run(["fc-list"], capture_output=True, text=True).stdout
    if "Noto Sans CJK" not in fonts:
        pytest.skip("fonts-noto-cjk is not installed (scripts/install-system-deps.sh)")
    store = _one_claim_store(
        sqlite_url, tmp_path, place="혜산", quote="혜산의 병원은 결핵이라고 했다."
    )
    brief = load_brief(store, Scope("KP-10"), now=NOW)
    text = text_of("pdf", render(brief, "pdf", ()))
    assert "2021-03-20 · 혜산 · deaths: 8" in text  # the place, as recorded
    assert "혜산의 병원은 결핵이라고 했다." in text


def test_docx_converts_to_pdf_with_libreoffice(hyesan, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed; DOCX read back by python-docx only")
    _, _, files = hyesan
    path = tmp_path / "brief.docx"
    path.write_bytes(files["docx"])
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = text_of("pdf", (tmp_path / "brief.pdf").read_bytes())
    assert "tuberculosis" in text and "COVID-19" in text


# ---- the pure parts ------------------------------------------------------------------------


def _claims(**columns) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    base = {
        "id": list(range(1, n + 1)),
        "event_id": [1] * n,
        "event": ["E"] * n,
        "stated_on": [date(2022, 5, 20)] * n,
        "stated_precision": ["day"] * n,
        "region_code": ["KP-10"] * n,
        "voice": ["official"] * n,
        "source_id": [1] * n,
        "source": ["Ministry"] * n,
        "source_reliability": ["D"] * n,
        "source_protected": [False] * n,
        "measure": ["deaths"] * n,
        "count": [1] * n,
        "count_low": [None] * n,
        "count_high": [None] * n,
        "cause": [None] * n,
        "statement": ["s"] * n,
        "quote": [""] * n,
        "document_url": ["https://example.org/a"] * n,
        "document_title": ["A"] * n,
        "publisher": ["P"] * n,
        "published_on": [date(2022, 5, 20)] * n,
        "published_precision": ["day"] * n,
        "occurred_from": [None] * n,
        "occurred_from_precision": [None] * n,
        "occurred_to": [None] * n,
        "occurred_to_precision": [None] * n,
        "credibility": [None] * n,
        "status": ["unverified"] * n,
        "synthetic": [False] * n,
    }
    return pd.DataFrame({**base, **columns})


EVENTS = pd.DataFrame(
    {
        "id": [1],
        "title": ["E"],
        "region_code": ["KP-10"],
        "region_name": ["Ryanggang"],
        "description": [""],
        "period_from": [date(2022, 5, 1)],
        "period_to": [date(2022, 5, 31)],
    }
)
REGIONS = pd.DataFrame({"code": ["KP-10"], "name": ["Ryanggang"]})


def test_official_figures_that_contradict_themselves_are_a_caveat():
    claims = _claims(count=[3, 5])
    brief = build_brief(claims, EVENTS, REGIONS, Scope("KP-10"), NOW)
    (caveat,) = [c for c in brief.events[0].caveats if "contradict" in c]
    assert "deaths in KP-10 stated 2022-05-20 for the same period given as 3, 5" in caveat


def test_reports_of_different_periods_on_one_day_are_no_contradiction():
    claims = _claims(count=[3, 5], occurred_from=[date(2022, 5, 18), date(2022, 5, 19)])
    brief = build_brief(claims, EVENTS, REGIONS, Scope("KP-10"), NOW)
    assert not [c for c in brief.events[0].caveats if "contradict" in c]


def test_corroborated_claims_from_two_sources_carry_no_single_source_caveat():
    claims = _claims(source_id=[1, 2], source=["A", "B"], status=["corroborated"] * 2)
    brief = build_brief(claims, EVENTS, REGIONS, Scope("KP-10"), NOW)
    caveats = " ".join(brief.events[0].caveats)
    assert "Single source" not in caveats and "Uncorroborated" not in caveats
    assert brief.events[0].corroboration.startswith("2 of 2 claims corroborated")


def test_a_claim_known_only_by_year_counts_for_a_period_inside_it():
    claims = _claims(
        count=[1, 2, 3],
        stated_on=[date(2021, 1, 1), date(2021, 2, 1), date(2021, 3, 5)],
        stated_precision=["year", "month", "day"],
    )
    window = in_window(claims, Scope(date_from=date(2021, 3, 1), date_to=date(2021, 4, 30)))
    assert window.tolist() == [True, False, True]


def test_nothing_in_scope_is_a_problem_said_plainly():
    with pytest.raises(BriefProblem, match="no event in Ryanggang .KP-10. has claims"):
        build_brief(_claims(count=[1]), EVENTS, REGIONS, Scope("KP-10", date(2030, 1, 1)), NOW)


def test_discrepancy_sentences_come_from_the_disagreement_analysis():
    claims = _claims(
        voice=["official", "local"],
        source_id=[1, 2],
        source=["Hospital", "Protected source #2 (Ryanggang)"],
        count=[8, 8],
        cause=["tuberculosis", "COVID-19"],
    )
    (sentence,) = discrepancy_sentences(claims)
    assert (
        sentence
        == "Cause of 8 deaths: tuberculosis (Hospital, official) vs COVID-19 (local accounts)."
    )


def test_only_web_links_are_links():
    assert safe_url(DAILY_NK_URL) == DAILY_NK_URL
    for url in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//x.org", ""):
        assert safe_url(url) is None
    assert safe_url('https://x.org/"onmouseover=alert(1)') is None


def test_format_comes_from_the_flag_or_the_file_name():
    assert format_for("brief.DOCX", None) == "docx"
    assert format_for("brief.markdown", None) == "md"
    assert format_for("brief.txt", None) is None
    assert format_for("brief.txt", "pdf") == "pdf"


# ---- the command ---------------------------------------------------------------------------


def run_brief(monkeypatch, url: str, *args: str) -> int:
    """`python -m dashboard brief ARGS` in-process, through the command's own parser."""
    monkeypatch.setenv("DATABASE_URL", url)
    parser = argparse.ArgumentParser(prog="python -m dashboard")
    command.register(parser.add_subparsers(dest="command", required=True))
    return command.run(parser.parse_args(["brief", *args]))


def test_command_writes_the_hyesan_brief(monkeypatch, demo_url, tmp_path, capsys):
    out = tmp_path / "hyesan.docx"
    code = run_brief(
        monkeypatch, demo_url, "--region", "KP-10", "--from", "2021-03-01", "--to",
        "2021-04-30", "--out", str(out),
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert "tuberculosis" in text_of("docx", out.read_bytes())
    assert f"brief written to {out} (docx): 3 event(s)" in capsys.readouterr().out


def test_command_prints_markdown_without_out(monkeypatch, demo_url, capsys):
    code = run_brief(monkeypatch, demo_url, "--region", "KP-10", "--from", "2021-03-01")
    assert code == 0
    assert capsys.readouterr().out.startswith("# Press brief: Ryanggang (KP-10), from 2021-03-01")


def test_command_bad_input_and_usage_exit_codes(monkeypatch, demo_url, tmp_path, capsys):
    assert run_brief(monkeypatch, demo_url, "--event", "99999", "--out", "x.md") == 1
    assert "no event with id 99999" in capsys.readouterr().err
    assert run_brief(monkeypatch, demo_url, "--region", "KP-10", "--from", "2031-01-01") == 1
    assert run_brief(monkeypatch, demo_url, "--format", "pdf") == 2
    assert "needs --out FILE" in capsys.readouterr().err
    assert run_brief(monkeypatch, demo_url, "--out", str(tmp_path / "b.txt")) == 2


def test_command_on_an_uninitialised_database_is_a_database_error(monkeypatch, tmp_path):
    from dashboard.store import StoreUnavailable

    with pytest.raises(StoreUnavailable, match="python -m dashboard init"):
        run_brief(monkeypatch, f"sqlite:///{tmp_path / 'new.db'}", "--region", "KP-10")


def test_discrepancy_sentences_measure_a_count_gap_as_the_event_page_does():
    claims = _claims(
        voice=["official", "local"],
        source_id=[1, 2],
        source=["Hospital", "Protected source #2 (Ryanggang)"],
        count=[2, 20],
        cause=["COVID-19", "COVID-19"],
    )
    sentences = discrepancy_sentences(claims, date(2021, 5, 1))
    from dashboard.analysis.gaps import measured_gap

    assert list(sentences) == measured_gap(claims, date(2021, 5, 1))
    assert any("20" in s and "2" in s for s in sentences), sentences
