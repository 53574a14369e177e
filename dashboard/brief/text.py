"""Words every format of the brief shares, so a Markdown, HTML or DOCX brief reads the same."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from dashboard.brief.model import Citation, ClaimLine

OFFICIAL_HEADING = "Official line"
LOCAL_HEADING = "Local accounts"
_UNSAFE_IN_URL = re.compile(r"[\s\x00-\x1f\x7f<>\"'`]")


def safe_url(url: str) -> str | None:
    """The URL when it is a plain http(s) link; None for anything else (javascript:, data:,
    a relative path), which the brief then shows as text, never as a link."""
    url = url.strip()
    if not url or _UNSAFE_IN_URL.search(url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def claim_head(line: ClaimLine) -> str:
    voice = "" if line.voice in ("official", "local") else f" ({line.voice})"
    where = f" · {line.place}" if line.place else ""
    return f"{line.stated}{where} · {line.what}{voice}"


def claim_source(line: ClaimLine) -> str:
    credibility = f" · credibility {line.credibility}" if line.credibility else ""
    return (
        f"Source: {line.source} (grade {line.grade or '?'}){credibility} · "
        f"status {line.status} · [{line.citation}]"
    )


def citation_text(citation: Citation) -> str:
    """'[1] Daily NK, "Title", 2021.' (the URL is laid out by each format)."""
    parts = [p for p in (citation.publisher, f"“{citation.title}”" if citation.title else "") if p]
    when = f", {citation.date}" if citation.date else ""
    return f"[{citation.number}] {', '.join(parts) or 'Untitled document'}{when}."


def url_text(url: str) -> str:
    """What stands for the URL when it is not a safe web link."""
    if safe_url(url):
        return url
    return f"(not a web link, shown as text: {url})" if url else "(no URL)"
