"""The brief as one self-contained HTML page (also the source of the PDF).

Everything from the data is escaped; the page has no script, loads nothing from outside
(charts are embedded PNG data URIs) and links only to http(s) addresses.
"""

from __future__ import annotations

import base64
from html import escape

from dashboard.brief import text
from dashboard.brief.images import ChartImage
from dashboard.brief.model import Brief, ClaimLine, EventBrief

STYLE = """
@page { size: A4; margin: 13mm 13mm 14mm 13mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 7.5pt; color: #666; } }
body { font-family: "Noto Sans", "DejaVu Sans", "Noto Sans CJK KR", Arial, sans-serif;
  font-size: 8.3pt; line-height: 1.25; color: #111; max-width: 60em; margin: 0 auto; }
h1 { font-size: 15pt; margin: 0 0 2pt 0; }
h2 { font-size: 11pt; margin: 9pt 0 2pt 0; border-bottom: 1px solid #999; }
h3 { font-size: 9.5pt; margin: 7pt 0 2pt 0; }
p { margin: 2pt 0; }
.meta, .note { color: #444; }
.discrepancy { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 1.5pt 3.5pt; vertical-align: top; text-align: left; }
th { background: #eee; }
td.claim { width: 50%; }
.quote { font-style: italic; }
.source { color: #444; font-size: 7.8pt; }
ul { margin: 2pt 0; padding-left: 14pt; }
.charts { display: flex; gap: 6pt; align-items: flex-start; }
figure { margin: 0; }
figure.timeline { flex: 3; } figure.map { flex: 2; }
figure img { width: 100%; }
figcaption { color: #444; font-size: 7.5pt; }
.missing { border: 1px dashed #999; padding: 8pt; color: #444; }
a { color: #0b4f8a; word-break: break-all; }
"""


def render_html(brief: Brief, images: tuple[ChartImage, ...]) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        # No script may run and nothing may load from outside, whatever the data holds.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">",
        f"<title>{escape(brief.title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{escape(brief.title)}</h1>",
        f'<p class="meta">{escape(brief.scope)}</p>',
        f'<p class="meta">{escape(brief.as_of)}</p>',
    ]
    for event in brief.events:
        parts += _event(event)
    parts += ["<h2>Timeline and map</h2>", '<div class="charts">']
    for image, kind in zip(images, ("timeline", "map"), strict=False):
        parts.append(_figure(image, kind))
    parts.append("</div>")
    parts += _sources(brief)
    parts.append("<h2>Caveats</h2><ul>")
    parts += [f"<li>{escape(c)}</li>" for c in brief.caveats]
    parts.append("</ul>")
    parts.append("<h2>Citations</h2>")
    for citation in brief.citations:
        parts.append(f"<p>{escape(text.citation_text(citation))} {_link(citation.url)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _event(event: EventBrief) -> list[str]:
    meta = " · ".join(p for p in (event.region, event.period) if p)
    out = [f"<h2>{escape(event.title)}</h2>", f'<p class="meta">{escape(meta)}</p>']
    if event.description:
        out.append(f"<p>{escape(event.description)}</p>")
    out += [f'<p class="discrepancy">{escape(s)}</p>' for s in event.discrepancy]
    out.append(
        f"<table><thead><tr><th>{escape(text.OFFICIAL_HEADING)}</th>"
        f"<th>{escape(text.LOCAL_HEADING)}</th></tr></thead><tbody>"
    )
    for official, local in event.rows:
        out.append(f"<tr>{_cell(official)}{_cell(local)}</tr>")
    out.append("</tbody></table>")
    if event.not_listed:
        out.append(f'<p class="note">{escape(event.not_listed)}</p>')
    out.append(
        f"<p><b>Status:</b> {escape(event.status)} <b>Corroboration:</b> "
        f"{escape(event.corroboration)}</p>"
    )
    if event.caveats:
        out.append('<ul class="caveats">')
        out += [f"<li>{escape(c)}</li>" for c in event.caveats]
        out.append("</ul>")
    return out


def _cell(line: ClaimLine | None) -> str:
    if line is None:
        return '<td class="claim"></td>'
    quote = f'<div class="quote">“{escape(line.quote)}”</div>' if line.quote else ""
    return (
        f'<td class="claim"><div><b>{escape(text.claim_head(line))}</b></div>'
        f"<div>{escape(line.statement)}</div>{quote}"
        f'<div class="source">{escape(text.claim_source(line))}</div></td>'
    )


def _figure(image: ChartImage, kind: str) -> str:
    caption = f"<figcaption>{escape(image.title)}. {escape(image.caption)}</figcaption>"
    if image.png is None:
        return (
            f'<figure class="{kind}"><div class="missing">{escape(image.text)}</div>'
            f"{caption}</figure>"
        )
    data = base64.b64encode(image.png).decode("ascii")
    return (
        f'<figure class="{kind}"><img alt="{escape(image.title)}" '
        f'src="data:image/png;base64,{data}">{caption}</figure>'
    )


def _sources(brief: Brief) -> list[str]:
    out = [
        "<h2>Sources</h2><table><thead><tr><th>Source</th><th>Voice</th><th>Grade</th>"
        "<th>Claims</th><th>Credibility of its claims</th></tr></thead><tbody>"
    ]
    for s in brief.sources:
        out.append(
            f"<tr><td>{escape(s.label)}</td><td>{escape(s.voice)}</td><td>{escape(s.grade)}</td>"
            f"<td>{s.claims}</td><td>{escape(s.credibility)}</td></tr>"
        )
    out.append("</tbody></table>")
    return out


def _link(url: str) -> str:
    safe = text.safe_url(url)
    if safe is None:
        return escape(text.url_text(url))
    return f'<a href="{escape(safe, quote=True)}">{escape(safe)}</a>'
