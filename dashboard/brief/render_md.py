"""The brief as Markdown: plain text that reads well as it is, and stays inert when a
Markdown viewer renders it (no raw HTML, no links but the citations' http(s) addresses)."""

from __future__ import annotations

import re

from dashboard.brief import text
from dashboard.brief.model import Brief, ClaimLine

# Backslash-escaped so a renderer shows them as written: "<" would open raw HTML, "[" and
# "]" a link, "`" code; "|" ends a table cell.
_INLINE = str.maketrans({c: "\\" + c for c in "\\<>[]`"})
_CITATION = re.compile(r"\\\[(\d+)\\\](?![(\[:])")


def render_md(brief: Brief) -> str:
    out = [f"# {_inline(brief.title)}", "", _inline(brief.scope), "", _inline(brief.as_of), ""]
    out += ["(The timeline and the map are drawn in the DOCX, PDF and HTML briefs.)", ""]
    for event in brief.events:
        out += [f"## {_inline(event.title)}", ""]
        meta = " · ".join(p for p in (event.region, event.period) if p)
        out += [_inline(meta), ""]
        if event.description:
            out += [_inline(event.description), ""]
        out += [f"**{_inline(s)}**" for s in event.discrepancy] + [""]
        out += [f"| {text.OFFICIAL_HEADING} | {text.LOCAL_HEADING} |", "|---|---|"]
        out += [f"| {_cell(official)} | {_cell(local)} |" for official, local in event.rows]
        out.append("")
        if event.not_listed:
            out += [_inline(event.not_listed), ""]
        out += [f"Status: {_inline(event.status)}", ""]
        out += [f"Corroboration: {_inline(event.corroboration)}", ""]
        if event.caveats:
            out += ["Caveats:", ""] + [f"- {_inline(c)}" for c in event.caveats] + [""]
    out += ["## Sources", ""]
    out += ["| Source | Voice | Grade | Claims | Credibility of its claims |", "|---" * 5 + "|"]
    out += [
        f"| {_table(s.label)} | {s.voice} | {_table(s.grade)} | {s.claims} | "
        f"{_table(s.credibility)} |"
        for s in brief.sources
    ]
    out += ["", "## Caveats", ""] + [f"- {_inline(c)}" for c in brief.caveats]
    out += ["", "## Citations", ""]
    for citation in brief.citations:
        out.append(f"{_inline(text.citation_text(citation))}  ")
        out.append(f"{_url(citation.url)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _inline(value: str) -> str:
    escaped = " ".join(str(value).split()).translate(_INLINE)
    # A citation number "[1]" is no link on its own: keep it readable.
    return _CITATION.sub(r"[\1]", escaped)


def _table(value: str) -> str:
    return _inline(value).replace("|", "\\|")


def _cell(line: ClaimLine | None) -> str:
    if line is None:
        return ""
    # A table row is one line: the parts are set apart by " — " rather than line breaks.
    parts = [line.statement] + ([f"“{line.quote}”"] if line.quote else [])
    parts.append(text.claim_source(line))
    return f"**{_table(text.claim_head(line))}** — " + " — ".join(_table(p) for p in parts)


def _url(url: str) -> str:
    safe = text.safe_url(url)
    if safe is None:
        return _inline(text.url_text(url))
    return f"<{safe}>"
