"""One door to every format: the brief's bytes for a format, charts drawn when it shows them."""

from __future__ import annotations

from dashboard.brief.formats import FORMATS
from dashboard.brief.images import ChartImage, draw_charts
from dashboard.brief.model import Brief


def render(brief: Brief, fmt: str, images: tuple[ChartImage, ...] | None = None) -> bytes:
    """The brief in `fmt`; charts are drawn here unless given (Markdown has none)."""
    if fmt not in FORMATS:
        raise ValueError(f'unknown brief format "{fmt}"; use one of {", ".join(FORMATS)}')
    if fmt == "md":
        from dashboard.brief.render_md import render_md

        return render_md(brief).encode("utf-8")
    images = draw_charts(brief) if images is None else images
    if fmt == "html":
        from dashboard.brief.render_html import render_html

        return render_html(brief, images).encode("utf-8")
    if fmt == "pdf":
        from dashboard.brief.render_pdf import render_pdf

        return render_pdf(brief, images)
    from dashboard.brief.render_docx import render_docx

    return render_docx(brief, images)
