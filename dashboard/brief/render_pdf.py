"""The brief as PDF: the HTML brief laid out by WeasyPrint, offline.

WeasyPrint may fetch only `data:` URLs (the embedded charts): links stay links, nothing
is downloaded. Korean text needs Debian's fonts-noto-cjk (scripts/install-system-deps.sh).
"""

from __future__ import annotations

from dashboard.brief.images import ChartImage
from dashboard.brief.model import Brief
from dashboard.brief.render_html import render_html


def render_pdf(brief: Brief, images: tuple[ChartImage, ...]) -> bytes:
    return html_to_pdf(render_html(brief, images))


def html_to_pdf(page: str) -> bytes:
    # Imported here: WeasyPrint loads Pango through cffi, which the other formats never need.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=False)
    return HTML(string=page, url_fetcher=fetcher).write_pdf()
