"""RSS and Atom feeds: only items not read before, with the ids of those read remembered.

The caller keeps the `seen` set between runs (the store, or `load_seen`/`save_seen` for a
plain file). An item is remembered only once it was turned into a record, so an item that
failed this time is tried again next time. feedparser never fetches anything itself: the
feed's bytes come through `fetch`, with its address checks and limits.
"""

from __future__ import annotations

import calendar
import json
import os
import re
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import feedparser

from dashboard.ingest.adapters import from_url, html_to_page
from dashboard.ingest.fetch import fetch
from dashboard.ingest.record import DocumentRecord, IngestProblem, make_record

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)
MAX_FEED_BYTES = 10_000_000
# Feed text is usually an HTML fragment, often a single tag; any tag sends it through the
# HTML path so scripts and markup never reach the stored text.
_MARKUP = re.compile(r"<[a-zA-Z/!]")
# Encoding complaints are harmless: feedparser re-decodes and the items are intact.
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


@dataclass(frozen=True)
class FeedItem:
    """A new feed item that carries no text of its own: fetch `link` to read it."""

    key: str
    link: str | None
    title: str | None
    publisher: str | None
    published_on: date | None
    published_precision: str | None


def read_feed(
    url_or_path: str,
    seen: set[str],
    *,
    fetch_links: bool = False,
    timeout: float = 10,
    max_bytes: int = MAX_FEED_BYTES,
    allow_private: bool = False,
) -> tuple[list[DocumentRecord | FeedItem], set[str], list[str]]:
    """New items of a feed → (items, the new seen set, problems). Never raises for a bad
    feed or a bad item: each becomes a problem line and the run goes on.

    An item with text in the feed (content or summary) becomes a record with origin
    "feed". Without text it is a `FeedItem`, or with `fetch_links` the linked page fetched
    like any URL (same limits and address checks).
    """
    seen = set(seen)
    try:
        data, content_type = _feed_bytes(url_or_path, timeout, max_bytes, allow_private)
    except IngestProblem as exc:
        return [], seen, [f"feed {exc}"]
    except OSError as exc:
        return [], seen, [f"feed {url_or_path}: cannot be read ({exc.strerror or exc})"]
    parsed = feedparser.parse(
        data, response_headers={"content-type": content_type} if content_type else None
    )
    problems: list[str] = []
    broken = parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), _HARMLESS)
    if broken:
        reason = _describe(parsed.get("bozo_exception"))
        if not parsed.entries:
            return (
                [],
                seen,
                [
                    f"feed {url_or_path}: not a well-formed RSS or Atom feed ({reason}); "
                    "check the address or ask the publisher to fix the feed"
                ],
            )
        problems.append(
            f"feed {url_or_path}: not well-formed ({reason}); "
            f"{len(parsed.entries)} items were recovered anyway — check them"
        )
    elif not parsed.get("version") and not parsed.entries:
        return (
            [],
            seen,
            [f"feed {url_or_path}: this is not an RSS or Atom feed; give the feed's address"],
        )
    publisher = parsed.feed.get("title")
    items: list[DocumentRecord | FeedItem] = []
    for number, entry in enumerate(parsed.entries, start=1):
        key = entry.get("id") or entry.get("link")
        where = f"feed {url_or_path}, item {number}"
        if not key:
            problems.append(f"{where}: has neither a guid nor a link, so it cannot be remembered")
            continue
        if key in seen:
            continue
        try:
            items.append(_item(entry, key, where, publisher, fetch_links, timeout, allow_private))
        except IngestProblem as exc:
            problems.append(f"{where}: {exc}")
            continue
        seen.add(key)
    return items, seen, problems


def _feed_bytes(url_or_path, timeout, max_bytes, allow_private) -> tuple[bytes, str | None]:
    if str(url_or_path).lower().startswith(("http://", "https://")):
        got = fetch(
            url_or_path,
            timeout=timeout,
            max_bytes=max_bytes,
            allow_private=allow_private,
            accept=FEED_ACCEPT,
        )
        return got.body, got.content_type or None
    path = Path(url_or_path)
    if not path.is_file():
        raise IngestProblem(f"{url_or_path}: no such file, and not an http(s) URL")
    if path.stat().st_size > max_bytes:
        raise IngestProblem(f"{url_or_path}: over the {max_bytes:,}-byte limit for a feed")
    return path.read_bytes(), None


def _describe(exc) -> str:
    if exc is None:
        return "unknown error"
    line = getattr(exc, "getLineNumber", lambda: None)()
    message = getattr(exc, "getMessage", lambda: str(exc))()
    return f"line {line}: {message}" if line else str(message)


def _entry_date(entry) -> tuple[date | None, str | None]:
    # Atom requires `updated` but not `published`; an updated time is the best date known.
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None, None
    return datetime.fromtimestamp(calendar.timegm(stamp), UTC).date(), "day"


def _entry_text(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", [])]
    return max(contents + [entry.get("summary", "")], key=len)


def _item(entry, key, where, publisher, fetch_links, timeout, allow_private):
    published_on, precision = _entry_date(entry)
    link = entry.get("link")
    title = entry.get("title")
    body = _entry_text(entry)
    if body.strip():
        if _MARKUP.search(body):
            body = html_to_page(body, where=where, url=link)["text"]
        return make_record(
            body,
            origin="feed",
            where=where,
            url=link,
            title=title,
            publisher=publisher,
            published=published_on,
            precision=precision,
        )
    if fetch_links and link:
        record = from_url(link, timeout=timeout, allow_private=allow_private)
        return replace(
            record,
            origin="feed",
            title=record.title or title,
            publisher=record.publisher or publisher,
            published_on=record.published_on or published_on,
            published_precision=record.published_precision or precision,
        )
    return FeedItem(key, link, title, publisher, published_on, precision)


def load_seen(path) -> set[str]:
    """Item ids remembered in a JSON file; none if the file does not exist yet."""
    path = Path(path)
    if not path.exists():
        return set()
    try:
        return set(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as exc:
        raise IngestProblem(
            f"{path}: not a list of remembered feed items ({exc}); delete it to start over"
        ) from exc


def save_seen(path, seen: set[str]) -> None:
    """Write atomically, so an interrupted run never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(sorted(seen), out, ensure_ascii=False, indent=0)
    os.replace(temporary, path)
